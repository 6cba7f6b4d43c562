package io.paiban.planning.staffing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.paiban.support.Api.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class StaffingResourceTest {

    private static final RestAssuredConfig DOUBLES = io.paiban.support.Fixtures.DOUBLES;

    private static Map<String, Object> assumptions(Object... keyValues) {
        Map<String, Object> a = new HashMap<>(Map.of("serviceLevel", 0.8, "answerWithinSeconds", 20));
        for (int i = 0; i < keyValues.length; i += 2) {
            a.put((String) keyValues[i], keyValues[i + 1]);
        }
        return a;
    }

    @Test
    void whatIfReproducesTheCallCentreHelperWorkedExample() {
        // reference case CCH-14: 100 calls per 30 min, AHT 180 s, 80% in 20 s, 85% max occupancy, 30% shrinkage
        given().config(DOUBLES).contentType(ContentType.JSON)
                .body(Map.of("contacts", 100, "intervalMinutes", 30, "ahtSeconds", 180, "agents", 11,
                        "assumptions", assumptions("maxOccupancy", 0.85, "shrinkage", 0.30)))
                .post("/api/staffing/what-if")
                .then().statusCode(200)
                .body("model", equalTo("ERLANG_C"))
                .body("trafficErlangs", closeTo(10.0, 1e-9))
                .body("requiredAgents", equalTo(14))
                .body("scheduledAgents", equalTo(20))
                .body("atRequirement.serviceLevel", closeTo(0.888350, 1e-5))
                .body("atRequirement.asaSeconds", closeTo(7.84, 0.01))
                .body("atRequirement.occupancy", closeTo(0.714286, 1e-5))
                .body("atGivenAgents.serviceLevel", closeTo(0.389614, 1e-5))
                .body("targetMetAtGivenAgents", equalTo(false));
    }

    @Test
    void patienceSwitchesToErlangA() {
        // reference case PWF-A14: patience 300 s, 14 agents
        given().config(DOUBLES).contentType(ContentType.JSON)
                .body(Map.of("contacts", 100, "intervalMinutes", 30, "ahtSeconds", 180, "agents", 14,
                        "assumptions", assumptions("patienceSeconds", 300)))
                .post("/api/staffing/what-if")
                .then().statusCode(200)
                .body("model", equalTo("ERLANG_A"))
                .body("atGivenAgents.serviceLevel", closeTo(0.916792, 1e-5))
                .body("atGivenAgents.abandonRate", closeTo(0.013984, 1e-5))
                .body("atGivenAgents.asaSeconds", closeTo(4.19514, 1e-4));
    }

    @Test
    void badAndUnreachableInputsAreNamed() {
        given().config(DOUBLES).contentType(ContentType.JSON)
                .body(Map.of("contacts", 100, "ahtSeconds", 0, "assumptions", assumptions("serviceLevel", 1.2)))
                .post("/api/staffing/what-if").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("ahtSeconds", "assumptions.serviceLevel"));

        given().config(DOUBLES).contentType(ContentType.JSON)
                .body(Map.of("contacts", 100, "ahtSeconds", 180, "assumptions", assumptions("maxAbandonRate", 0.05)))
                .post("/api/staffing/what-if").then().statusCode(400)
                .body("errors[0].field", equalTo("assumptions.maxAbandonRate"));

        // five million erlangs: more agents than the search bound, answered at once instead of searching forever
        given().config(DOUBLES).contentType(ContentType.JSON)
                .body(Map.of("contacts", 50_000_000, "ahtSeconds", 180, "assumptions", assumptions()))
                .post("/api/staffing/what-if").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("cannot be reached"));
    }

    @Test
    void curveEvaluationScoresAnUnderstaffedIntervalAsUnstable() {
        given().config(DOUBLES).contentType(ContentType.JSON)
                .body(Map.of("intervalMinutes", 30, "assumptions", assumptions(),
                        "intervals", List.of(
                                Map.of("contacts", 100, "ahtSeconds", 180, "agents", 14),
                                Map.of("contacts", 100, "ahtSeconds", 180, "agents", 9),
                                Map.of("contacts", 0, "ahtSeconds", 180, "agents", 2))))
                .post("/api/staffing/evaluate")
                .then().statusCode(200)
                .body("intervals[0].serviceLevel", closeTo(0.888350, 1e-5))
                .body("intervals[1].stable", equalTo(false))
                .body("intervals[1].asaSeconds", nullValue())
                .body("asaSeconds", nullValue())
                .body("unstableContacts", closeTo(100.0, 1e-9))
                .body("offeredContacts", closeTo(200.0, 1e-9))
                .body("targetMet", equalTo(false));
    }
}
