package io.partnerflow.insight;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnerflow.IntegrationTest;
import io.partnerflow.support.ApiClient;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each view of the heat map on a history built for it: a small review model of the test's own (the
 * review a receive task, signalled; a refusal and a withdrawal meet at a join before the end), two
 * versions, six requests started on known days and reviewed in known times, one still waiting.
 * The figures of {@code GET /api/insight/process-definitions/{id}/activities} in each scope: the
 * flows out of the gateway, a window of days, one version or all, median and total time beside
 * the mean, where requests wait now, and which ends are successes.
 */
@IntegrationTest
class HeatMapViewsIntegrationTest {

	static final String REVIEW = "ReceiveTask_Review";

	static final String GATEWAY = "Gateway_Accepted";

	static final String FLOW_YES = "SequenceFlow_AcceptedYes";

	static final String FLOW_NO = "SequenceFlow_AcceptedNo";

	static final String FLOW_WITHDRAWN = "SequenceFlow_Withdrawn";

	static final String CLOSING = "Gateway_Closing";

	static final String END_ACCEPTED = "EndEvent_Accepted";

	static final String END_REFUSED = "EndEvent_Refused";

	static final long HOUR = Duration.ofHours(1).toMillis();

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	final ObjectMapper json = new ObjectMapper();

	final String key = "heat-views-" + UUID.randomUUID().toString().substring(0, 8);

	final List<Deployment> deployments = new ArrayList<>();

	String first;

	String second;

	@BeforeEach
	void aHistoryOfTwoVersions() {
		// given version 1: on 10 January one request accepted after 2 h, one refused after 4 h;
		// on 10 February one accepted after 12 h
		first = deploy();
		review(first, "2026-01-10T09:00:00Z", 2, ACCEPT);
		review(first, "2026-01-10T09:00:00Z", 4, REFUSE);
		review(first, "2026-02-10T09:00:00Z", 12, ACCEPT);
		// and version 2: on 15 February one accepted after 6 h, and one that waits for its review still;
		// on 20 February one withdrawn after 1 h
		second = deploy();
		review(second, "2026-02-15T09:00:00Z", 6, ACCEPT);
		start(second, "2026-02-15T09:00:00Z");
		review(second, "2026-02-20T09:00:00Z", 1, WITHDRAW);
		ClockUtil.reset();
	}

	@AfterEach
	void removeThem() {
		ClockUtil.reset();
		deployments.forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true, true, true));
	}

	@Test
	void theFlowsOutOfAGatewayCountThePartnersThatTookThem() throws Exception {
		JsonNode heat = heat(first, "");

		assertThat(heat.path("partners").asLong()).isEqualTo(3);
		assertThat(flows(heat)).containsExactlyInAnyOrderEntriesOf(Map.of(FLOW_YES, 2L, FLOW_NO, 1L, FLOW_WITHDRAWN, 0L));
		assertThat(activity(heat, GATEWAY).path("passed").asLong()).isEqualTo(3);
	}

	@Test
	void aFlowIntoAJoinIsNotCreditedWithThePartnersOfTheOtherPaths() throws Exception {
		// the withdrawn request reached the join too, but through the withdrawal
		JsonNode heat = heat(second, "");

		assertThat(activity(heat, CLOSING).path("passed").asLong()).isEqualTo(1);
		assertThat(flows(heat)).containsExactlyInAnyOrderEntriesOf(Map.of(FLOW_YES, 1L, FLOW_NO, 0L, FLOW_WITHDRAWN, 1L));
	}

	@Test
	void afterAnEventBasedGatewayOnlyTheEventThatFiredIsTheWayTaken() throws Exception {
		// given a model that waits for a reply or a day: one request replied to, one whose day passed, one waiting
		String waiting = deploy(Bpmn.createExecutableProcess(key + "-wait")
			.camundaHistoryTimeToLive(1)
			.startEvent("StartEvent_Asked")
			.eventBasedGateway()
			.id("Gateway_ReplyOrDay")
			.sequenceFlowId("SequenceFlow_ToReply")
			.intermediateCatchEvent("Event_Reply")
			.message("Message_HeatReply")
			.endEvent("EndEvent_Replied")
			.moveToLastGateway()
			.sequenceFlowId("SequenceFlow_ToDay")
			.intermediateCatchEvent("Event_DayPassed")
			.timerWithDuration("P1D")
			.endEvent("EndEvent_Unanswered")
			.done());
		String replied = start(waiting, "2026-03-02T09:00:00Z");
		String unanswered = start(waiting, "2026-03-02T09:00:00Z");
		start(waiting, "2026-03-02T09:00:00Z");
		runtimeService.createMessageCorrelation("Message_HeatReply").processInstanceId(replied).correlate();
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-03T10:00:00Z")));
		managementService.executeJob(managementService.createJobQuery().processInstanceId(unanswered).singleResult().getId());

		// when a manager reads its heat, then each way counts the one request that went there
		JsonNode heat = heat(waiting, "");
		assertThat(activity(heat, "Gateway_ReplyOrDay").path("passed").asLong()).isEqualTo(3);
		assertThat(flows(heat)).containsExactlyInAnyOrderEntriesOf(Map.of("SequenceFlow_ToReply", 1L, "SequenceFlow_ToDay", 1L));
	}

	@Test
	void theTimeSpentIsGivenAsMeanMedianAndTotal() throws Exception {
		JsonNode review = activity(heat(first, ""), REVIEW);

		assertThat(review.path("averageDurationMillis").asLong()).isEqualTo(6 * HOUR); // (2 + 4 + 12) / 3
		assertThat(review.path("medianDurationMillis").asLong()).isEqualTo(4 * HOUR);
		assertThat(review.path("totalDurationMillis").asLong()).isEqualTo(18 * HOUR);
	}

	@Test
	void allVersionsAddUpTheHistoryOfEveryVersionOfTheModel() throws Exception {
		JsonNode heat = heat(second, "?versions=all");

		assertThat(heat.path("allVersions").asBoolean()).isTrue();
		assertThat(heat.path("partners").asLong()).isEqualTo(6);
		JsonNode review = activity(heat, REVIEW);
		assertThat(review.path("passed").asLong()).isEqualTo(6);
		// the five finished reviews: 1, 2, 4, 6 and 12 h
		assertThat(review.path("medianDurationMillis").asLong()).isEqualTo(4 * HOUR);
		assertThat(review.path("averageDurationMillis").asLong()).isEqualTo(5 * HOUR);
		assertThat(review.path("totalDurationMillis").asLong()).isEqualTo(25 * HOUR);
		assertThat(flows(heat)).containsExactlyInAnyOrderEntriesOf(Map.of(FLOW_YES, 3L, FLOW_NO, 1L, FLOW_WITHDRAWN, 1L));
		// while the version shown alone has its own three
		JsonNode own = heat(second, "");
		assertThat(own.path("partners").asLong()).isEqualTo(3);
		assertThat(activity(own, REVIEW).path("totalDurationMillis").asLong()).isEqualTo(7 * HOUR);
		assertThat(activity(own, REVIEW).path("medianDurationMillis").asLong()).isEqualTo(3 * HOUR + HOUR / 2);
	}

	@Test
	void aWindowOfDaysKeepsThePassagesThatBeganInIt() throws Exception {
		JsonNode february = heat(second, "?versions=all&from=2026-02-01&to=2026-02-28");

		assertThat(february.path("from").asText()).isEqualTo("2026-02-01");
		assertThat(february.path("partners").asLong()).isEqualTo(4);
		JsonNode review = activity(february, REVIEW);
		assertThat(review.path("passed").asLong()).isEqualTo(4);
		assertThat(review.path("medianDurationMillis").asLong()).isEqualTo(6 * HOUR); // 1, 6 and 12 h
		assertThat(flows(february)).containsExactlyInAnyOrderEntriesOf(Map.of(FLOW_YES, 2L, FLOW_NO, 0L, FLOW_WITHDRAWN, 1L));
		assertThat(activity(february, END_ACCEPTED).path("ended").asLong()).isEqualTo(2);
		assertThat(activity(february, END_REFUSED).path("ended").asLong()).isEqualTo(1); // the withdrawn one
		// the last day of a window is whole: 10 January to 10 January holds both of that day
		assertThat(heat(first, "?from=2026-01-10&to=2026-01-10").path("partners").asLong()).isEqualTo(2);
	}

	@Test
	void whereRequestsWaitNowDoesNotDependOnTheWindow() throws Exception {
		// a January window: the request waiting since 15 February is not among its partners, but it waits now
		JsonNode january = heat(second, "?versions=all&to=2026-01-31");

		assertThat(january.path("partners").asLong()).isEqualTo(2);
		assertThat(january.path("running").asLong()).isEqualTo(1);
		assertThat(activity(january, REVIEW).path("running").asLong()).isEqualTo(1);
		assertThat(activity(january, REVIEW).path("passed").asLong()).isEqualTo(2);
		assertThat(activity(heat(first, ""), REVIEW).path("running").asLong()).isZero();
	}

	@Test
	void theModelSaysWhichEndsAreSuccessesAndWhichLosses() throws Exception {
		JsonNode heat = heat(first, "");

		assertThat(heat.path("outcomes").path(END_ACCEPTED).asText()).isEqualTo("success");
		assertThat(heat.path("outcomes").path(END_REFUSED).asText()).isEqualTo("loss");
		assertThat(activity(heat, END_ACCEPTED).path("ended").asLong()).isEqualTo(2);
		assertThat(activity(heat, END_REFUSED).path("ended").asLong()).isEqualTo(1);
	}

	@Test
	void aScopeThatIsNoneIsABadRequest() throws Exception {
		assertThat(get(first, "?versions=some").statusCode()).isEqualTo(400);
		assertThat(get(first, "?from=2026-03-01&to=2026-02-01").statusCode()).isEqualTo(400);
		assertThat(get(first, "?from=yesterday").statusCode()).isEqualTo(400);
		assertThat(get(first, "?color=red").statusCode()).isEqualTo(400);
	}

	/** A new version of the review model: review, then accepted (a success), or refused or withdrawn (a loss). */
	private String deploy() {
		BpmnModelInstance model = Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(1)
			.startEvent("StartEvent_Requested")
			.receiveTask(REVIEW)
			.exclusiveGateway(GATEWAY)
			.sequenceFlowId(FLOW_YES)
			.condition("yes", "${accepted}")
			.endEvent(END_ACCEPTED)
			.moveToLastGateway()
			.sequenceFlowId(FLOW_NO)
			.condition("no", "${!accepted && !withdrawn}")
			.exclusiveGateway(CLOSING)
			.endEvent(END_REFUSED)
			.moveToNode(GATEWAY)
			.sequenceFlowId(FLOW_WITHDRAWN)
			.condition("withdrawn", "${withdrawn}")
			.manualTask("ManualTask_RecordWithdrawal")
			.connectTo(CLOSING)
			.done();
		outcome(model, END_ACCEPTED, "success");
		outcome(model, END_REFUSED, "loss");
		return deploy(model);
	}

	private String deploy(BpmnModelInstance model) {
		String process = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getId();
		Deployment deployment = repositoryService.createDeployment().addModelInstance(process + ".bpmn", model).deploy();
		deployments.add(deployment);
		ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
		return definition.getId();
	}

	private static void outcome(BpmnModelInstance model, String endEvent, String outcome) {
		EndEvent end = model.getModelElementById(endEvent);
		ExtensionElements extensions = model.newInstance(ExtensionElements.class);
		end.setExtensionElements(extensions);
		CamundaProperty property = model.newInstance(CamundaProperty.class);
		property.setCamundaName(ModelOutline.OUTCOME);
		property.setCamundaValue(outcome);
		extensions.addExtensionElement(CamundaProperties.class).getCamundaProperties().add(property);
	}

	private String start(String definition, String at) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(at)));
		return runtimeService.startProcessInstanceById(definition).getId();
	}

	static final Map<String, Object> ACCEPT = Map.of("accepted", true, "withdrawn", false);

	static final Map<String, Object> REFUSE = Map.of("accepted", false, "withdrawn", false);

	static final Map<String, Object> WITHDRAW = Map.of("accepted", false, "withdrawn", true);

	/** Starts a request at that moment, reviewed that many hours later with that decision. */
	private void review(String definition, String at, int hours, Map<String, Object> decision) {
		String instance = start(definition, at);
		ClockUtil.setCurrentTime(Date.from(Instant.parse(at).plus(Duration.ofHours(hours))));
		String waiting = runtimeService.createExecutionQuery().processInstanceId(instance).activityId(REVIEW).singleResult().getId();
		runtimeService.signal(waiting, decision);
	}

	private HttpResponse<String> get(String definition, String query) throws Exception {
		return new ApiClient(URI.create("http://localhost:" + port), "mona", "mona")
			.get("/api/insight/process-definitions/" + definition + "/activities" + query);
	}

	private JsonNode heat(String definition, String query) throws Exception {
		HttpResponse<String> response = get(definition, query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static JsonNode activity(JsonNode heat, String activityId) {
		for (JsonNode activity : heat.path("activities")) {
			if (activity.path("activityId").asText().equals(activityId)) {
				return activity;
			}
		}
		throw new AssertionError("no figures for " + activityId + " in " + heat);
	}

	private static Map<String, Long> flows(JsonNode heat) {
		Map<String, Long> taken = new HashMap<>();
		heat.path("flows").forEach(flow -> taken.put(flow.path("flowId").asText(), flow.path("taken").asLong()));
		return taken;
	}

}
