package io.paiban.kernel;

import io.paiban.platform.error.Problem;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A service standard: what share of contacts must be answered or replied to, by when. */
@Embeddable
public class ServiceTarget {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "target_kind", nullable = false)
    public TargetKind kind;

    @Column(name = "target_share", nullable = false, precision = 5, scale = 4)
    public BigDecimal targetShare;

    @Column(name = "threshold_seconds")
    public Integer thresholdSeconds;

    @Column(name = "business_hours", nullable = false)
    public boolean businessHours;

    @Column(name = "cutoff_time")
    public LocalTime cutoffTime;

    @Column(name = "reply_by_time")
    public LocalTime replyByTime;

    public ServiceTarget() {
    }

    public ServiceTarget(TargetKind kind, BigDecimal targetShare, Integer thresholdSeconds, boolean businessHours,
                         LocalTime cutoffTime, LocalTime replyByTime) {
        this.kind = kind;
        this.targetShare = targetShare;
        this.thresholdSeconds = thresholdSeconds;
        this.businessHours = businessHours;
        this.cutoffTime = cutoffTime;
        this.replyByTime = replyByTime;
    }

    public static ServiceTarget answerWithin(int seconds, String share) {
        return new ServiceTarget(TargetKind.ANSWER_WITHIN, new BigDecimal(share), seconds, false, null, null);
    }

    public static ServiceTarget replyWithin(int seconds, String share, boolean businessHours) {
        return new ServiceTarget(TargetKind.REPLY_WITHIN, new BigDecimal(share), seconds, businessHours, null, null);
    }

    public static ServiceTarget replyByCutoff(LocalTime cutoff, LocalTime replyBy, String share) {
        return new ServiceTarget(TargetKind.REPLY_BY_CUTOFF, new BigDecimal(share), null, true, cutoff, replyBy);
    }

    /** The fields each kind needs, named by their JSON path under {@code prefix}. */
    public List<Problem.InvalidParam> problems(String prefix) {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if (kind == TargetKind.REPLY_BY_CUTOFF) {
            if (cutoffTime == null) {
                problems.add(Problem.InvalidParam.field(prefix + "cutoffTime", "required for REPLY_BY_CUTOFF"));
            }
            if (replyByTime == null) {
                problems.add(Problem.InvalidParam.field(prefix + "replyByTime", "required for REPLY_BY_CUTOFF"));
            }
        } else if (thresholdSeconds == null) {
            problems.add(Problem.InvalidParam.field(prefix + "thresholdSeconds", "required for " + kind));
        }
        if (kind == TargetKind.ANSWER_WITHIN && businessHours) {
            problems.add(Problem.InvalidParam.field(prefix + "businessHours", "only deferred replies are counted in business hours"));
        }
        return problems;
    }
}
