package ru.praktika.support;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import org.springframework.test.web.servlet.MockMvc;

/** Waits through the API, as a client would, until a job is DONE or FAILED, and returns its last JSON. */
public final class JobWaiter {

    private JobWaiter() {}

    public static String waitFor(MockMvc mvc, String jobId, String user) {
        String[] last = new String[1];
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = mvc.perform(get("/api/v1/jobs/" + jobId).with(httpBasic(user, "demo")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString();
                    String status = JsonPath.read(last[0], "$.status");
                    return status.equals("DONE") || status.equals("FAILED");
                });
        return last[0];
    }
}
