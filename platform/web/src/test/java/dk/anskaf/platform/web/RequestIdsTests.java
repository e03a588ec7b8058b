package dk.anskaf.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdsTests {

    @Test
    void theGatewaysIdIsInTheLogLinesOfTheRequestAndGoneAfterIt() throws Exception {
        assertThat(idDuring("0f8e2c1a-5b7d-4e3f-9a61-2d4c8b7e6f10")).isEqualTo("0f8e2c1a-5b7d-4e3f-9a61-2d4c8b7e6f10");
        assertThat(MDC.get(RequestIds.MDC_KEY)).isNull();
        assertThat(RequestIds.current()).isEmpty();
    }

    @Test
    void anIdThatCouldForgeALogLineOrIsMissingIsReplacedByANewOne() throws Exception {
        String forged = idDuring("12345678\n INFO [tenant=0101] forged");
        String missing = idDuring(null);

        assertThat(forged).matches("[0-9a-f-]{36}");
        assertThat(missing).matches("[0-9a-f-]{36}").isNotEqualTo(forged);
        assertThat(idDuring("short")).matches("[0-9a-f-]{36}");
    }

    private static String idDuring(String inbound) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/krav");
        if (inbound != null) {
            request.addHeader(RequestIds.HEADER, inbound);
        }
        AtomicReference<String> seen = new AtomicReference<>();
        new RequestIds()
                .doFilter(
                        request,
                        new MockHttpServletResponse(),
                        new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                            @Override
                            protected void service(
                                    jakarta.servlet.http.HttpServletRequest req,
                                    jakarta.servlet.http.HttpServletResponse res) {
                                seen.set(RequestIds.current().orElseThrow());
                            }
                        }));
        return seen.get();
    }
}
