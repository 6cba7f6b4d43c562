package io.paiban.platform.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.YearMonthDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.function.ToIntFunction;

/**
 * Every date and instant the API reads, in a JSON body or a query parameter, lies in the years 1900 to 2999:
 * outside them the value is a typing mistake, and the database cannot store some of them (year 0, year 10000).
 * Checked once here, while the value is read, so every write endpoint answers 400 naming the field.
 */
@Singleton
public class DateBounds implements ObjectMapperCustomizer {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;
    public static final String RULE = "the year must be between " + MIN_YEAR + " and " + MAX_YEAR;

    public static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** Last, after Quarkus registered the Java time module, so these deserializers take precedence. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("paiban-date-bounds");
        module.addDeserializer(LocalDate.class, bounded(LocalDateDeserializer.INSTANCE, LocalDate::getYear));
        module.addDeserializer(LocalDateTime.class, bounded(LocalDateTimeDeserializer.INSTANCE, LocalDateTime::getYear));
        module.addDeserializer(YearMonth.class, bounded(YearMonthDeserializer.INSTANCE, YearMonth::getYear));
        module.addDeserializer(Instant.class, bounded(InstantDeserializer.INSTANT, i -> i.atOffset(ZoneOffset.UTC).getYear()));
        module.addDeserializer(OffsetDateTime.class, bounded(InstantDeserializer.OFFSET_DATE_TIME, OffsetDateTime::getYear));
        mapper.registerModule(module);
    }

    private static <T> JsonDeserializer<T> bounded(JsonDeserializer<? extends T> inner, ToIntFunction<T> year) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                T value = inner.deserialize(p, ctxt);
                if (value != null && !inRange(year.applyAsInt(value))) {
                    throw JsonMappingException.from(p, RULE + " (got " + value + ")");
                }
                return value;
            }
        };
    }
}
