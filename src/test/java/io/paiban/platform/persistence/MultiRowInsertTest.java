package io.paiban.platform.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MultiRowInsertTest {

    @Test
    void anUpsertOfTwoRows() {
        MultiRowInsert insert = MultiRowInsert.into("t", "a", "b", "c").updating("b", "c");
        assertEquals("INSERT INTO t (a, b, c) VALUES (?,?,?),(?,?,?) ON DUPLICATE KEY UPDATE b = VALUES(b), c = VALUES(c)",
                insert.sql(2));
    }

    @Test
    void aPlainInsertAndAHandWrittenClause() {
        assertEquals("INSERT INTO t (a) VALUES (?)", MultiRowInsert.into("t", "a").sql(1));
        assertEquals("INSERT INTO t (a, b) VALUES (?,?) ON DUPLICATE KEY UPDATE b = IF(b > VALUES(b), b, VALUES(b))",
                MultiRowInsert.into("t", "a", "b").onDuplicateKeyUpdate("b = IF(b > VALUES(b), b, VALUES(b))").sql(1));
    }

    @Test
    void chunksStayUnderThePlaceholderLimitOfAStatement() {
        assertEquals(1_000, MultiRowInsert.into("t", "a", "b").rowsPerStatement());
        String[] wide = new String[100];
        for (int i = 0; i < wide.length; i++) {
            wide[i] = "c" + i;
        }
        assertEquals(655, MultiRowInsert.into("t", wide).rowsPerStatement());
        assertEquals(10, MultiRowInsert.into("t", "a").rowsPerStatement(10).rowsPerStatement());
    }
}
