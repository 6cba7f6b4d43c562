package io.paiban.console;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every console endpoint that changes data takes the CSRF field (and ConsoleBrowserTest shows it is checked). */
class ConsoleFormsTest {

    @Test
    void everyPostTakesTheCsrfToken() {
        List<String> missing = new ArrayList<>();
        int posts = 0;
        // every page class of the console package, so a new page cannot be forgotten here
        List<Class<?>> pages = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.paiban.console").stream()
                .filter(c -> c.isAnnotatedWith(jakarta.ws.rs.Path.class)).<Class<?>>map(c -> c.reflect()).toList();
        assertTrue(pages.contains(RosterPages.class) && pages.contains(RosterDayPages.class), pages.toString());
        for (Class<?> page : pages) {
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
        assertTrue(posts >= 9, "POST endpoints found: " + posts);
        assertTrue(missing.isEmpty(), "POST without the CSRF field: " + missing);
    }
}
