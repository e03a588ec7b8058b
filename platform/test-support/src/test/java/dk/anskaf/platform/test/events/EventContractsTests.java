package dk.anskaf.platform.test.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventContractsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String DOC = """
            # Events

            ## `x.thing-happened.v1`

            ```json
            {"type":"x.thing-happened.v1","subject":"1",
             "data":{"id":1,"name":"Navn","reason":null,"tags":["a"],"items":[{"n":1,"label":"L"}]}}
            ```

            Not an event:

            ```json
            {"field":"value"}
            ```
            """;

    final EventContracts contracts = EventContracts.parse(Path.of("events.md"), DOC);

    record Item(long n, String label) {}

    record Complete(long id, String name, String reason, List<String> tags, List<Item> items) {}

    record Subset(String name) {}

    record ExpectsMore(long id, String colour) {}

    record ExpectsMoreInItems(List<NestedMore> items) {}

    record NestedMore(long n, String weight) {}

    @Test
    void onlyBlocksWithATypeAreExamples() {
        assertThat(contracts.types()).containsExactly("x.thing-happened.v1");
    }

    @Test
    void aProducerEventOfTheSameShapeWithOtherValuesPasses() {
        contracts.assertProducerMatches("x.thing-happened.v1", json("""
                {"type":"x.thing-happened.v1","subject":"2",
                 "data":{"id":7,"name":"Andet","reason":"nu med grund","tags":["b","c"],
                         "items":[{"n":2,"label":"M"},{"n":3,"label":null}]}}"""));
    }

    @Test
    void aMissingAnUndocumentedAndARetypedFieldAreEachNamed() {
        assertThatThrownBy(() -> contracts.assertProducerMatches("x.thing-happened.v1", json("""
                        {"type":"x.thing-happened.v1","subject":"2",
                         "data":{"id":"7","reason":null,"tags":["b"],"items":[{"n":2,"label":"M","extra":true}],
                                 "colour":"blå"}}""")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("$.data.id: STRING where the example has NUMBER")
                .hasMessageContaining("$.data.name: missing")
                .hasMessageContaining("$.data.colour: not documented")
                .hasMessageContaining("$.data.items[0].extra: not documented");
    }

    @Test
    void anUndocumentedTypeFailsWithItsName() {
        assertThatThrownBy(() -> contracts.example("x.other.v1"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no JSON example of x.other.v1");
    }

    @Test
    void aConsumerReadsTheExampleWithItsOwnRecordAndMayIgnoreFields() {
        Complete complete = contracts.assertConsumerReads("x.thing-happened.v1", Complete.class);
        Subset subset = contracts.assertConsumerReads("x.thing-happened.v1", Subset.class);

        assertThat(complete.items()).containsExactly(new Item(1, "L"));
        assertThat(subset.name()).isEqualTo("Navn");
    }

    @Test
    void aConsumerExpectingAFieldTheProducerDoesNotSendFails() {
        assertThatThrownBy(() -> contracts.assertConsumerReads("x.thing-happened.v1", ExpectsMore.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("data.colour");
        assertThatThrownBy(() -> contracts.assertConsumerReads("x.thing-happened.v1", ExpectsMoreInItems.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("data.items[0].weight");
    }

    @Test
    void theRepositorysOwnDocumentationIsFoundFromTheWorkingDirectory() {
        assertThat(EventContracts.documented().types())
                .contains(
                        "dk.anskaf.catalog.requirement-promotion-requested.v1", "dk.anskaf.identity.tenant-changed.v1");
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
