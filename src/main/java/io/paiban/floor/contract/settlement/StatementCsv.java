package io.paiban.floor.contract.settlement;

import io.paiban.floor.contract.settlement.SettlementDtos.LineView;
import io.paiban.floor.contract.settlement.SettlementDtos.StatementView;

import java.math.BigDecimal;

/** A statement as CSV: a header block of key,value rows, a blank line, then one row per line and the total. */
final class StatementCsv {

    private StatementCsv() {
    }

    static String of(StatementView s) {
        StringBuilder csv = new StringBuilder();
        row(csv, "statement_id", s.id());
        row(csv, "client", s.clientCode());
        row(csv, "period_start", s.periodStart());
        row(csv, "period_end", s.periodEnd());
        row(csv, "version", s.version());
        row(csv, "superseded", s.superseded());
        row(csv, "price_model", s.priceModel());
        row(csv, "currency", s.currency());
        row(csv, "due_on", s.dueOn());
        row(csv, "deposit_held", s.depositHeld());
        row(csv, "issued_at", s.issuedAt());
        row(csv, "correction_note", s.correctionNote());
        csv.append('\n').append("line_no,kind,month,description,quantity,unit_price,amount\n");
        for (LineView l : s.lines()) {
            csv.append(l.lineNo()).append(',').append(l.kind()).append(',').append(l.month()).append(',')
                    .append(quote(l.description())).append(',').append(plain(l.quantity())).append(',')
                    .append(plain(l.unitPrice())).append(',').append(l.amount().toPlainString()).append('\n');
        }
        csv.append(",TOTAL,,,,,").append(s.total().toPlainString()).append('\n');
        return csv.toString();
    }

    private static void row(StringBuilder csv, String key, Object value) {
        csv.append(key).append(',').append(value == null ? "" : quote(String.valueOf(value))).append('\n');
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
