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
