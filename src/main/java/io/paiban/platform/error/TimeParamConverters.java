package io.paiban.platform.error;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Dates, months and instants in query and path parameters: an unreadable value or a year outside 1900-2999 is a
 * 400 naming the parameter and the expected format (the JAX-RS default answers 404 for query parameters).
 */
@Provider
public class TimeParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "a date such as 2026-03-10", LocalDate::parse, LocalDate::getYear);
        }
        if (rawType == YearMonth.class) {
            return (ParamConverter<T>) converter(name, "a month such as 2026-03", YearMonth::parse, YearMonth::getYear);
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(name, "an instant such as 2026-03-10T08:00:00+08:00 or 2026-03-10T00:00:00Z",
                    TimeParamConverters::instant, i -> i.atOffset(ZoneOffset.UTC).getYear());
        }
        return null;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    private static <T> ParamConverter<T> converter(String name, String format, Function<String, T> parse, ToIntFunction<T> year) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                T parsed;
                try {
                    parsed = parse.apply(value.strip());
                } catch (DateTimeParseException e) {
                    throw ApiException.invalidField(name, "expected " + format + ", got '" + value + "'");
                }
                if (!DateBounds.inRange(year.applyAsInt(parsed))) {
                    throw ApiException.invalidField(name, DateBounds.RULE + " (got " + value + ")");
                }
                return parsed;
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String name(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                }
                if (a instanceof PathParam p) {
                    return p.value();
                }
                if (a instanceof HeaderParam h) {
                    return h.value();
                }
                if (a instanceof FormParam f) {
                    return f.value();
                }
                if (a instanceof CookieParam c) {
                    return c.value();
                }
            }
        }
        return "parameter";
    }
}
