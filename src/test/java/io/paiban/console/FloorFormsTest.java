package io.paiban.console;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every floor page endpoint that changes data takes the CSRF field (FloorPagesTest shows it is checked). */
class FloorFormsTest {

    @Test
    void everyFloorPostTakesTheCsrfToken() {
        List<String> missing = new ArrayList<>();
        int posts = 0;
        for (Class<?> page : List.of(TodayPages.class, IntradayPages.class, AttendancePages.class)) {
            for (Method method : page.getDeclaredMethods()) {
                if (method.isAnnotationPresent(POST.class)) {
                    posts++;
                    boolean takesToken = Arrays.stream(method.getParameters()).map(Parameter::getAnnotations).flatMap(Arrays::stream)
                            .anyMatch(a -> a instanceof FormParam f && f.value().equals(ConsoleCsrf.FIELD));
                    if (!takesToken) {
                        missing.add(page.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertEquals(3, posts);
        assertTrue(missing.isEmpty(), "POST without the CSRF field: " + missing);
    }
}
