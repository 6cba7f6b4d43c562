package io.paiban.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the console. Chinese is the default; English is messages/msg_en.properties, chosen by the
 * language cookie. Templates use {msg:key}; Qute checks every key at build time.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface ConsoleMessages {

    @Message("排班")
    String app_name();

    @Message("排班控制台")
    String app_tagline();

    @Message("排班表")
    String nav_rosters();

    @Message("申请")
    String nav_requests();

    @Message("我的班次")
    String nav_me();

    @Message("登录")
    String sign_in();

    @Message("退出")
    String sign_out();

    @Message("用户名")
    String username();

    @Message("密码")
    String password();

    @Message("用户名或密码错误")
    String sign_in_failed();

    @Message("语言")
    String language();

    @Message("English")
    String switch_language();

    @Message("无权访问")
    String refused_title();

    @Message("您的账号无权查看此页面。")
    String refused_text();

    @Message("返回首页")
    String back_home();

    @Message("未找到")
    String not_found();

    @Message("欢迎")
    String welcome();

    @Message("您的账号可查看所属客户的服务水平、合规与结算单。")
    String client_home_text();

    @Message("排班表")
    String rosters_title();

    @Message("暂无排班表")
    String no_rosters();

    @Message("排班表")
    String roster();

    @Message("周期")
    String period();

    @Message("状态")
    String status();

    @Message("发布次数")
    String publication_no();

    @Message("班次数")
    String shifts();

    @Message("打开")
    String open();

    @Message("本周排班")
    String grid_title();

    @Message("班组")
    String filter_team();

    @Message("队列")
    String filter_queue();

    @Message("全部")
    String all();

    @Message("筛选")
    String apply();

    @Message("第 {page} / {pages} 页（{agents} 名坐席）")
    String page_of(int page, int pages, int agents);

    @Message("上一页")
    String previous();

    @Message("下一页")
    String next();

    @Message("坐席")
    String agent();

    @Message("班组")
    String team();

    @Message("休息")
    String day_off();

    @Message("发布后已修改")
    String changed_since_publication();

    @Message("图例")
    String legend();

    @Message("覆盖（需求与排班）")
    String coverage_title();

    @Message("需求人数")
    String required();

    @Message("排班人数")
    String rostered();

    @Message("缺口")
    String short_label();

    @Message("{n} 个时段人手不足")
    String short_intervals(int n);

    @Message("日期")
    String day();

    @Message("显示")
    String show();

    @Message("求解")
    String solve_title();

    @Message("时间上限（秒）")
    String time_limit();

    @Message("步数上限")
    String step_limit();

    @Message("开始求解")
    String solve();

    @Message("停止")
    String stop();

    @Message("进度")
    String progress();

    @Message("得分")
    String score();

    @Message("已用时间（秒）")
    String elapsed();

    @Message("求解完成")
    String job_done();

    @Message("刷新页面")
    String refresh();

    @Message("发布")
    String publish();

    @Message("发布版本 {version}？发布后坐席即可看到班次。")
    String publish_question(long version);

    @Message("确认发布")
    String publish_confirm();

    @Message("排班表已发布")
    String published_flash();

    @Message("求解已开始")
    String solve_started_flash();

    @Message("已请求停止")
    String stopped_flash();

    @Message("错误")
    String error();

    @Message("得分解释")
    String explanation_title();

    @Message("无硬约束违反")
    String feasible();

    @Message("有硬约束违反")
    String infeasible();

    @Message("需求满足率 {share}")
    String coverage_met(String share);

    @Message("约束")
    String constraint();

    @Message("级别")
    String level();

    @Message("影响")
    String impact();

    @Message("次数")
    String matches();

    @Message("尚未求解")
    String not_solved();

    @Message("我的一周")
    String my_week();

    @Message("下一个班次")
    String next_shift();

    @Message("近两周没有已发布的班次")
    String no_next_shift();

    @Message("日期")
    String date();

    @Message("班次")
    String shift();

    @Message("队列")
    String queue();

    @Message("时间")
    String time();

    @Message("休息时段")
    String breaks();

    @Message("未发布")
    String not_published();

    @Message("上一周")
    String previous_week();

    @Message("下一周")
    String next_week();

    @Message("日历订阅")
    String calendar_title();

    @Message("在手机日历中订阅此链接即可同步班次。链接只显示一次；重新生成会使旧链接失效。")
    String calendar_text();

    @Message("已有有效的订阅链接")
    String calendar_active();

    @Message("生成订阅链接")
    String calendar_issue();

    @Message("请假申请")
    String leave_title();

    @Message("开始日期")
    String first_day();

    @Message("结束日期")
    String last_day();

    @Message("原因")
    String reason();

    @Message("提交")
    String submit();

    @Message("请假申请已提交")
    String leave_sent_flash();

    @Message("我的申请")
    String my_requests();

    @Message("暂无申请")
    String no_requests();

    @Message("待处理申请")
    String requests_title();

    @Message("天数")
    String days();

    @Message("批准")
    String approve();

    @Message("拒绝")
    String refuse();

    @Message("备注")
    String note();

    @Message("已处理")
    String decided_flash();

    @Message("状态")
    String state();

    @Message("时间为站点时区 {zone}")
    String zone_note(String zone);

    @Message("覆盖影响（小时 · 缺口前 → 后）")
    String coverage_effect();

    @Message("表单已过期或来源不明，未做任何更改。请返回后重试。")
    String csrf_refused_text();

    @Message("服务水平与合同")
    String nav_service_level();

    @Message("客户")
    String client();

    @Message("月份")
    String month();

    @Message("月度合规")
    String compliance_title();

    @Message("该客户没有合同")
    String no_contract();

    @Message("标准")
    String standard();

    @Message("目标")
    String target();

    @Message("实际")
    String value();

    @Message("结论")
    String verdict();

    @Message("罚金")
    String penalty();

    @Message("罚金合计")
    String penalty_total();

    @Message("结算单")
    String statements_title();

    @Message("暂无结算单")
    String no_statements();

    @Message("版本")
    String version();

    @Message("合计")
    String total();

    @Message("到期日")
    String due_on();

    @Message("已被取代")
    String superseded();

    // --- roster day view and hand edit of one agent-day ---

    @Message("日视图")
    String day_view_title();

    @Message("返回本周排班")
    String back_to_week();

    @Message("休息")
    String break_label();

    @Message("班次")
    String shift_label();

    @Message("当前安排")
    String current_duty();

    @Message("已发布安排")
    String published_duty();

    @Message("当天涉及的约束")
    String constraints_today();

    @Message("当天没有约束命中")
    String no_constraints();

    @Message("本周：上班 {worked} 天，夜班 {nights} 个，周末 {weekends} 天")
    String agent_week_counts(int worked, int nights, int weekends);

    @Message("手工调整")
    String edit_title();

    @Message("备注")
    String note_label();

    @Message("检查")
    String check();

    @Message("保存")
    String save();

    @Message("没有违反硬性规则，可以保存")
    String check_ok();

    @Message("这样调整会违反以下硬性规则：")
    String check_broken();

    @Message("硬性分数 {before} → {after}")
    String hard_change(long before, long after);

    @Message("已保存")
    String saved_flash();

    // --- the agent's swaps and notifications ---

    @Message("换班")
    String swap_title();

    @Message("与同站点同事交换一天或两天的已发布班次；对方接受后按硬性规则检查，再由主管审批。")
    String swap_text();

    @Message("换班对象")
    String swap_with();

    @Message("第二天（可选）")
    String swap_second_day();

    @Message("留言")
    String swap_message();

    @Message("我的换班")
    String my_swaps();

    @Message("暂无换班")
    String no_swaps();

    @Message("日期：我的班次 ⇄ 对方班次")
    String swap_days();

    @Message("接受")
    String accept();

    @Message("拒绝")
    String decline();

    @Message("撤回")
    String cancel();

    @Message("换班申请已发出")
    String swap_sent_flash();

    @Message("已接受，等待主管审批")
    String swap_accept_flash();

    @Message("已拒绝换班")
    String swap_decline_flash();

    @Message("已撤回换班")
    String swap_cancel_flash();

    @Message("通知")
    String notifications_title();

    @Message("暂无通知")
    String no_notifications();

    @Message("等待审批的换班")
    String swaps_waiting();

    @Message("发起人")
    String swap_proposer();

    @Message("对方")
    String swap_counterpart();

    @Message("日期：发起人班次 ⇄ 对方班次")
    String swap_exchange();
    // --- planning pages: forecast, staffing, capacity (issue 21) ---

    @Message("预测")
    String nav_forecast();

    @Message("人力需求")
    String nav_staffing();

    @Message("产能规划")
    String nav_capacity();

    @Message("话务预测")
    String fc_title();

    @Message("已保存调整")
    String fc_adjusted_flash();

    @Message("暂无预测运行")
    String fc_no_runs();

    @Message("预测期")
    String fc_horizon();

    @Message("预测运行")
    String fc_run();

    @Message("历史周数")
    String fc_history_weeks();

    @Message("历史与预测")
    String fc_chart_title();

    @Message("历史话务量")
    String fc_history();

    @Message("预测（含调整）")
    String fc_forecast();

    @Message("模型输出")
    String fc_model_output();

    @Message("预测区间")
    String fc_band();

    @Message("事件")
    String fc_event();

    @Message("类型")
    String fc_event_type();

    @Message("话务系数")
    String fc_volume_factor();

    @Message("促销")
    String fc_promotion();

    @Message("节假日")
    String fc_holiday();

    @Message("模型与回测")
    String fc_model_title();

    @Message("选用模型")
    String fc_chosen_model();

    @Message("指定")
    String fc_forced();

    @Message("回测 WAPE")
    String fc_backtest_wape();

    @Message("回测偏差")
    String fc_backtest_bias();

    @Message("候选模型")
    String fc_candidate();

    @Message("偏差")
    String fc_bias();

    @Message("预测运行对比")
    String fc_compare_title();

    @Message("没有可对比的其他运行")
    String fc_no_compare();

    @Message("对比运行")
    String fc_compare_with();

    @Message("差值")
    String fc_difference();

    @Message("{queue} 按日对比")
    String fc_compare_days(String queue);

    @Message("人工调整")
    String fc_adjustments_title();

    @Message("暂无调整")
    String fc_no_adjustments();

    @Message("开始")
    String fc_from();

    @Message("结束")
    String fc_to();

    @Message("方式")
    String fc_kind();

    @Message("数值")
    String fc_amount();

    @Message("操作人")
    String fc_by();

    @Message("全部队列")
    String fc_all_queues();

    @Message("百分比")
    String fc_percent();

    @Message("绝对值（每时段）")
    String fc_absolute();

    @Message("保存调整")
    String fc_adjust();

    @Message("百分比：+10 表示每个时段多 10%；绝对值：每个时段增加的来电数。时间为站点时区，区间为 [开始, 结束)。模型输出保持不变。")
    String fc_adjust_help();

    @Message("人力需求")
    String st_title();

    @Message("暂无人力需求运行")
    String st_no_runs();

    @Message("需求运行")
    String st_run();

    @Message("渠道")
    String st_channel();

    @Message("模型")
    String st_model();

    @Message("峰值在岗需求")
    String st_peak_raw();

    @Message("峰值排班需求")
    String st_peak_scheduled();

    @Message("在岗人时")
    String st_raw_hours();

    @Message("排班人时")
    String st_scheduled_hours();

    @Message("话务量")
    String st_volume();

    @Message("预期服务水平")
    String st_expected_sl();

    @Message("各时段需求人数")
    String st_intervals_title();

    @Message("在岗需求")
    String st_raw();

    @Message("排班需求（含损耗）")
    String st_scheduled();

    @Message("人数")
    String st_agents();

    @Message("各时段需求仅对规划员和管理员开放（与 API 相同）；排班表页面显示您站点排班的需求与覆盖。")
    String st_intervals_planners();

    @Message("假设计算")
    String st_what_if_title();

    @Message("来电量")
    String st_contacts();

    @Message("时段（分钟）")
    String st_interval_minutes();

    @Message("平均处理时长（秒）")
    String st_aht();

    @Message("服务水平目标（%）")
    String st_service_level();

    @Message("应答时限（秒）")
    String st_answer_within();

    @Message("客户耐心（秒，可选）")
    String st_patience();

    @Message("并发数")
    String st_concurrency();

    @Message("损耗（%）")
    String st_shrinkage();

    @Message("占用率上限（%，可选）")
    String st_max_occupancy();

    @Message("评估人数（可选）")
    String st_given_agents();

    @Message("计算")
    String st_calculate();

    @Message("与 API 的 what-if 计算相同：无耐心为 Erlang C，有耐心为 Erlang A，并发大于 1 为在线客服。")
    String st_what_if_help();

    @Message("话务强度（Erlang）")
    String st_traffic();

    @Message("需求人数")
    String st_required_agents();

    @Message("排班人数（含损耗）")
    String st_scheduled_agents();

    @Message("放弃率")
    String st_abandon();

    @Message("占用率")
    String st_occupancy();

    @Message("{agents} 人时")
    String st_at_given(Integer agents);

    @Message("达标")
    String st_target_met();

    @Message("未达标")
    String st_target_missed();

    @Message("产能规划")
    String cap_title();

    @Message("已生成产能规划")
    String cap_created_flash();

    @Message("暂无产能规划")
    String cap_no_plans();

    @Message("规划")
    String cap_plan();

    @Message("每周需求与可用 FTE")
    String cap_weeks_title();

    @Message("标准周工时 {weekHours} 小时 · 培训周期 {leadWeeks} 周 · 需求运行 #{runId}")
    String cap_assumptions(double weekHours, int leadWeeks, long runId);

    @Message("需求 FTE")
    String cap_required_fte();

    @Message("可用 FTE")
    String cap_available_fte();

    @Message("缺口 FTE")
    String cap_gap();

    @Message("周")
    String cap_week();

    @Message("来源")
    String cap_source();

    @Message("需求工时")
    String cap_required_hours();

    @Message("在职")
    String cap_in_house();

    @Message("休假")
    String cap_leave();

    @Message("培训生")
    String cap_trainees();

    @Message("灵活用工")
    String cap_flex();

    @Message("促销")
    String cap_promotions();

    @Message("招聘启动")
    String cap_hiring_title();

    @Message("无需招聘")
    String cap_no_hiring();

    @Message("原因")
    String cap_reason();

    @Message("需到岗日期")
    String cap_needed_by();

    @Message("招聘人数")
    String cap_hires();

    @Message("灵活用工人天")
    String cap_flex_days();

    @Message("最晚招聘日期")
    String cap_latest_start();

    @Message("持续缺口")
    String cap_sustained_gap();

    @Message("已来不及培训")
    String cap_too_late();

    @Message("新建产能规划")
    String cap_new_title();

    @Message("站点")
    String cap_site();

    @Message("周数（4-26）")
    String cap_weeks();

    @Message("培训周期（周）")
    String cap_lead_weeks();

    @Message("月流失率（%）")
    String cap_attrition();

    @Message("话务系数")
    String cap_volume_factor();

    @Message("名称")
    String cap_label();

    @Message("计算")
    String cap_compute();

    @Message("使用站点最新的人力需求运行，与 API 的产能规划相同；留空使用默认值。")
    String cap_new_help();
    // ---- floor pages: today, intraday, attendance (issue 21b) ----

    @Message("今日")
    String nav_today();

    @Message("日内")
    String nav_intraday();

    @Message("考勤")
    String nav_attendance();

    @Message("站点")
    String floor_site();

    @Message("时区")
    String floor_zone();

    @Message("截至")
    String floor_as_of();

    @Message("当前")
    String floor_now();

    @Message("您的账号没有可查看的站点。")
    String floor_no_site();

    @Message("日内计算已完成。")
    String floor_flash_ran();

    @Message("已接受该调整，排班已更新。")
    String floor_flash_accepted();

    @Message("已拒绝该调整。")
    String floor_flash_rejected();

    @Message("月度考勤报表已生成。")
    String floor_flash_generated();

    @Message("月度考核排名已生成。")
    String floor_flash_ranked();

    @Message("暂无数据")
    String no_data_yet();

    @Message("立即计算")
    String intraday_run_now();

    @Message("最新日内计算")
    String intraday_run();

    @Message("定时")
    String intraday_trigger_SCHEDULED();

    @Message("手动")
    String intraday_trigger_ON_DEMAND();

    @Message("接受调整后")
    String intraday_trigger_ACCEPTED();

    @Message("今日剩余时段预计服务水平")
    String intraday_expected_sl();

    @Message("执行全部建议后")
    String intraday_with_actions();

    @Message("在岗")
    String intraday_present();

    @Message("话量系数")
    String intraday_ratio();

    @Message("剩余预测量")
    String intraday_forecast_rest();

    @Message("剩余重预测量")
    String intraday_reforecast_rest();

    @Message("预计服务水平")
    String intraday_sl_before();

    @Message("调整后服务水平")
    String intraday_sl_after();

    @Message("缺员时段")
    String intraday_short_before();

    @Message("调整后缺员时段")
    String intraday_short_after();

    @Message("预测")
    String intraday_series_forecast();

    @Message("实际")
    String intraday_series_actual();

    @Message("重预测")
    String intraday_series_reforecast();

    @Message("在岗人数")
    String intraday_series_present();

    @Message("建议调整")
    String intraday_actions();

    @Message("待处理")
    String intraday_waiting();

    @Message("本次计算没有建议调整。")
    String intraday_no_actions();

    @Message("类型")
    String intraday_kind();

    @Message("原队列")
    String intraday_from();

    @Message("目标队列")
    String intraday_to();

    @Message("时间")
    String intraday_time();

    @Message("分钟")
    String intraday_minutes();

    @Message("成本")
    String intraday_cost();

    @Message("增加达标量")
    String intraday_gained();

    @Message("单量成本")
    String intraday_cost_per_contact();

    @Message("服务水平变化")
    String intraday_sl_change();

    @Message("状态")
    String intraday_state();

    @Message("接受")
    String intraday_accept();

    @Message("拒绝")
    String intraday_reject();

    @Message("调换队列")
    String intraday_kind_MOVE_QUEUE();

    @Message("加班")
    String intraday_kind_OVERTIME();

    @Message("弹性人员召回")
    String intraday_kind_CALL_IN_FLEX();

    @Message("自愿提前下班")
    String intraday_kind_VTO();

    @Message("待处理")
    String intraday_state_PROPOSED();

    @Message("已接受")
    String intraday_state_ACCEPTED();

    @Message("已拒绝")
    String intraday_state_REJECTED();

    @Message("该站点还没有日内计算（需要覆盖今天的预测和已发布的排班）。")
    String intraday_no_run();

    @Message("未处理的遵从告警")
    String today_alerts();

    @Message("待处理的日内调整")
    String today_actions_waiting();

    @Message("待审批请假")
    String today_leave_waiting();

    @Message("待审批换班")
    String today_swaps_waiting();

    @Message("各队列")
    String today_per_queue();

    @Message("日内数据截至")
    String today_intraday_as_of();

    @Message("今天还没有日内计算")
    String today_no_run();

    @Message("至今话量 / 预测")
    String today_volume_so_far();

    @Message("服务水平 / 目标")
    String today_service_level();

    @Message("当前在岗 / 需求")
    String today_present_now();

    @Message("话量和在岗人数取自今天最新的日内计算；服务水平取自今天已导入的实际数据；“-”表示该队列的客户不在您的权限内。")
    String today_explained();

    @Message("月度考勤")
    String attendance_month_title();

    @Message("生成于")
    String attendance_generated();

    @Message("重新生成")
    String attendance_regenerate();

    @Message("生成报表")
    String attendance_generate();

    @Message("本月报表尚未生成。")
    String attendance_not_generated();

    @Message("本月没有考勤记录。")
    String attendance_nobody();

    @Message("班次")
    String attendance_shifts();

    @Message("迟到")
    String attendance_lates();

    @Message("早退")
    String attendance_early();

    @Message("旷工")
    String attendance_absences();

    @Message("缺勤")
    String attendance_no_shows();

    @Message("罚款(元)")
    String attendance_fines();

    @Message("全勤奖")
    String attendance_bonus();

    @Message("未保留")
    String attendance_bonus_lost();

    @Message("遵从率")
    String attendance_adherence();

    @Message("标记")
    String attendance_flags();

    @Message("辞退预警")
    String attendance_flagged();

    @Message("月度考核排名")
    String assessment_title();

    @Message("生成排名")
    String assessment_rank();

    @Message("本月排名尚未生成（先生成考勤报表）。")
    String assessment_not_generated();

    @Message("名次")
    String assessment_rank_col();

    @Message("上月名次")
    String assessment_previous();

    @Message("得分")
    String assessment_score();

    @Message("奖项")
    String assessment_award();

    @Message("处理量")
    String assessment_contacts();

    @Message("投诉")
    String assessment_complaints();

    @Message("质检分")
    String assessment_qa();

    @Message("最佳员工第一名")
    String award_BEST_1();

    @Message("最佳员工第二名")
    String award_BEST_2();

    @Message("最佳员工第三名")
    String award_BEST_3();

    @Message("进步最大")
    String award_MOST_IMPROVED();

    @Message("末位")
    String award_BOTTOM();
}
