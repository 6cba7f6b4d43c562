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
}
