package io.paiban.floor.servicelevel.metrics;

/** Customer ratings and quality checks (质检) of a queue, summed over days. */
public record QualityCounts(long surveys, long satisfied, long checked, long accurate) {

    public static final QualityCounts ZERO = new QualityCounts(0, 0, 0, 0);

    public QualityCounts plus(QualityCounts o) {
        return new QualityCounts(surveys + o.surveys, satisfied + o.satisfied, checked + o.checked, accurate + o.accurate);
    }

    public boolean isEmpty() {
        return surveys == 0 && checked == 0;
    }
}
