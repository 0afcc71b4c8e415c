# Generates bpmn/partner-recruitment.bpmn (semantics + diagram) from one table, so ids, labels and
# layout stay consistent. Run: python3 tools/gen_recruitment.py
import html
A = 'camunda:asyncBefore="true"'
RETRY = '<camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>'

def mail(template, to):
    return ('serviceTask', f'{A} camunda:delegateExpression="${{sendNotificationDelegate}}"',
            f'<bpmn:extensionElements><camunda:field name="template"><camunda:string>{template}</camunda:string></camunda:field>'
            f'<camunda:field name="to"><camunda:string>{to}</camunda:string></camunda:field>{RETRY}</bpmn:extensionElements>')

def status(st, why):
    return ('serviceTask', f'{A} camunda:delegateExpression="${{changePartnerStatusDelegate}}"',
            f'<bpmn:extensionElements><camunda:field name="status"><camunda:string>{st}</camunda:string></camunda:field>'
            f'<camunda:field name="why"><camunda:expression>{html.escape(why)}</camunda:expression></camunda:field>{RETRY}</bpmn:extensionElements>')

def delegate(bean):
    return ('serviceTask', f'{A} camunda:delegateExpression="${{{bean}}}"',
            f'<bpmn:extensionElements>{RETRY}</bpmn:extensionElements>')

def require(names):
    return (f'<camunda:taskListener delegateExpression="${{requireVariablesListener}}" event="complete">'
            f'<camunda:field name="names"><camunda:string>{names}</camunda:string></camunda:field></camunda:taskListener>')

def user(form, attrs, listener=''):
    ext = f'<bpmn:extensionElements>{listener}</bpmn:extensionElements>' if listener else ''
    return ('userTask', f'camunda:formRef="{form}" camunda:formRefBinding="deployment" {attrs}', ext)

X = lambda c: 160 + c * 150
Y = lambda r: 120 + r * 130
# id, label, (type, attrs, inner), col, row
nodes = [
 ('StartEvent_CandidateListed', 'Candidate listed', ('startEvent', 'camunda:initiator="recruiter" camunda:formRef="partner-recruitment-list-candidate" camunda:formRefBinding="deployment"', ''), 0, 1),
 ('ServiceTask_RegisterCandidate', 'Register candidate', delegate('registerCandidateDelegate'), 1, 1),
 ('UserTask_ReviewRefusedCandidate', 'Review refused candidate', user('partner-recruitment-review-refused-candidate', 'camunda:assignee="${recruiter}" camunda:candidateGroups="recruiters"'), 2, 0),
 ('EndEvent_CandidateRefused', 'Candidate refused', ('endEvent', '', ''), 3, 0),
 ('ServiceTask_CheckSelectionCriteria', 'Check selection criteria', delegate('checkSelectionCriteriaDelegate'), 2, 1),
 ('Gateway_CandidateEligible', 'Candidate eligible?', ('exclusiveGateway', '', ''), 3, 1),
 ('ServiceTask_MarkNotEligible', 'Mark candidate not eligible', status('NOT_ELIGIBLE', '${ineligibilityReason}'), 3, 2),
 ('ServiceTask_NotifyRecruiterNotEligible', 'Tell recruiter why not eligible', mail('candidate-not-eligible', 'recruiter'), 4, 2),
 ('EndEvent_CandidateNotEligible', 'Candidate not eligible', ('endEvent', '', ''), 5, 2),
 ('UserTask_ApproachCandidate', 'Approach candidate', user('partner-recruitment-approach-candidate', 'camunda:assignee="${recruiter}" camunda:candidateGroups="recruiters"', require('meetingDate,averageDealMargin,expectedRevenue3Years,expectedRoi,candidateInterested')), 4, 1),
 ('ServiceTask_MarkApproached', 'Mark candidate approached', status('APPROACHED', 'value proposition presented'), 5, 1),
 ('Gateway_CandidateInterested', 'Candidate interested?', ('exclusiveGateway', '', ''), 6, 1),
 ('ServiceTask_MarkDeclined', 'Mark candidate declined', status('DECLINED', 'not interested after the approach'), 6, 2),
 ('EndEvent_CandidateDeclined', 'Candidate declined', ('endEvent', '', ''), 7, 2),
 ('ServiceTask_RequestApplicationFile', 'Request application file', mail('application-requested', 'partner,recruiter'), 7, 1),
 ('ServiceTask_MarkApplicationRequested', 'Mark application requested', status('APPLICATION_REQUESTED', 'application file requested'), 8, 1),
 ('UserTask_RecordApplicationFile', 'Record application file', user('partner-recruitment-record-application-file', 'camunda:assignee="${recruiter}" camunda:candidateGroups="recruiters"', require('applicationMotivation,applicationOrganisation,applicationFirstCustomers,applicationStrategy,applicationWhyStrategic,applicationProspects')), 9, 1),
 ('ServiceTask_RemindCandidate', 'Remind candidate', mail('application-reminder', 'partner'), 10, 0),
 ('EndEvent_CandidateReminded', 'Candidate reminded', ('endEvent', '', ''), 11, 0),
 ('ServiceTask_MarkApplicationLapsed', 'Mark application lapsed', status('APPLICATION_LAPSED', 'no application file received in time'), 9, 3),
 ('ServiceTask_NotifyRecruiterApplicationLapsed', 'Tell recruiter application lapsed', mail('application-lapsed', 'recruiter'), 10, 3),
 ('EndEvent_ApplicationLapsed', 'Application lapsed', ('endEvent', '', ''), 11, 3),
 ('Gateway_ApplicationFileReceived', '', ('exclusiveGateway', '', ''), 10, 1),
 ('ServiceTask_SaveApplicationFile', 'Save application file', delegate('saveApplicationFileDelegate'), 11, 1),
 ('ServiceTask_MarkInCommittee', 'Present file to committee', status('IN_COMMITTEE', 'application file presented to the approval committee'), 12, 1),
 ('CallActivity_CommitteeVote', 'Decide on application', ('callActivity', 'calledElement="committee-vote" camunda:calledElementBinding="latest"',
   '<bpmn:extensionElements><camunda:in businessKey="#{execution.processBusinessKey}"/>'
   + ''.join(f'<camunda:in source="{v}" target="{v}"/>' for v in ['applicationMotivation','applicationOrganisation','applicationFirstCustomers','applicationStrategy','applicationWhyStrategic','applicationProspects','selectionScore'])
   + '<camunda:out source="committeeOutcome" target="committeeOutcome"/><camunda:out source="committeeReasons" target="committeeReasons"/></bpmn:extensionElements>'), 13, 1),
 ('Gateway_ApplicationApproved', 'Application approved?', ('exclusiveGateway', '', ''), 14, 1),
 ('EndEvent_ApplicationRejected', 'Application rejected', ('endEvent', '', ''), 14, 2),
 ('UserTask_SignContract', 'Sign contract', user('partner-recruitment-sign-contract', 'camunda:candidateGroups="legal"', require('contractType,businessPlanAnnexed,contractSignedOn')), 15, 1),
 ('ServiceTask_NotifyManagersSignatureOverdue', 'Alert managers of overdue signature', mail('contract-signature-overdue', 'group:managers,recruiter'), 15, 0),
 ('EndEvent_SignatureEscalated', 'Signature escalated', ('endEvent', '', ''), 16, 0),
 ('ServiceTask_RecordContractSignature', 'Record contract signature', delegate('recordContractSignatureDelegate'), 16, 1),
 ('ServiceTask_AnnounceNewPartner', 'Announce new partner', mail('partner-signed', 'group:managers,group:marketing,group:sales,group:legal,group:training,recruiter'), 17, 1),
 ('ServiceTask_WelcomePartner', 'Welcome partner', mail('partner-welcome', 'partner'), 18, 1),
 ('ServiceTask_StartOnboardingPlan', 'Start the 100-day plan', delegate('startOnboardingPlanDelegate'), 19, 1),
 ('EndEvent_PartnerSigned', 'Partner signed', ('endEvent', '', ''), 20, 1),
]
# boundary: id, label, attached, def xml, cancel, offset x
boundaries = [
 ('BoundaryEvent_CandidateRefused', 'Candidate refused', 'ServiceTask_RegisterCandidate', '<bpmn:errorEventDefinition errorRef="Error_CandidateRefused" camunda:errorMessageVariable="refusalReason"/>', True, 50),
 ('BoundaryEvent_ApplicationReminderDue', 'Reminder due', 'UserTask_RecordApplicationFile', '<bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${recruitmentSettings.applicationReminderDelay}</bpmn:timeDuration></bpmn:timerEventDefinition>', False, 30),
 ('BoundaryEvent_ApplicationReceived', 'Application received', 'UserTask_RecordApplicationFile', '<bpmn:messageEventDefinition messageRef="Message_ApplicationReceived"/>', True, 80),
 ('BoundaryEvent_ApplicationOverdue', 'Application overdue', 'UserTask_RecordApplicationFile', '<bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${recruitmentSettings.applicationLapseDelay}</bpmn:timeDuration></bpmn:timerEventDefinition>', True, 25),
 ('BoundaryEvent_SignatureOverdue', 'Signature overdue', 'UserTask_SignContract', '<bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${recruitmentSettings.signatureDeadline}</bpmn:timeDuration></bpmn:timerEventDefinition>', False, 50),
]
top = {'BoundaryEvent_ApplicationReminderDue', 'BoundaryEvent_SignatureOverdue', 'BoundaryEvent_CandidateRefused'}
flows = [
 ('SequenceFlow_CandidateListed', '', 'StartEvent_CandidateListed', 'ServiceTask_RegisterCandidate', None),
 ('SequenceFlow_CandidateRegistered', '', 'ServiceTask_RegisterCandidate', 'ServiceTask_CheckSelectionCriteria', None),
 ('SequenceFlow_CandidateRefused', '', 'BoundaryEvent_CandidateRefused', 'UserTask_ReviewRefusedCandidate', None),
 ('SequenceFlow_RefusalReviewed', '', 'UserTask_ReviewRefusedCandidate', 'EndEvent_CandidateRefused', None),
 ('SequenceFlow_CriteriaChecked', '', 'ServiceTask_CheckSelectionCriteria', 'Gateway_CandidateEligible', None),
 ('SequenceFlow_CandidateEligibleYes', 'yes', 'Gateway_CandidateEligible', 'UserTask_ApproachCandidate', '${eligible}'),
 ('SequenceFlow_CandidateEligibleNo', 'no', 'Gateway_CandidateEligible', 'ServiceTask_MarkNotEligible', '${!eligible}'),
 ('SequenceFlow_NotEligibleMarked', '', 'ServiceTask_MarkNotEligible', 'ServiceTask_NotifyRecruiterNotEligible', None),
 ('SequenceFlow_RecruiterToldNotEligible', '', 'ServiceTask_NotifyRecruiterNotEligible', 'EndEvent_CandidateNotEligible', None),
 ('SequenceFlow_CandidateApproached', '', 'UserTask_ApproachCandidate', 'ServiceTask_MarkApproached', None),
 ('SequenceFlow_ApproachMarked', '', 'ServiceTask_MarkApproached', 'Gateway_CandidateInterested', None),
 ('SequenceFlow_CandidateInterestedYes', 'yes', 'Gateway_CandidateInterested', 'ServiceTask_RequestApplicationFile', "${candidateInterested == 'YES'}"),
 ('SequenceFlow_CandidateInterestedNo', 'no', 'Gateway_CandidateInterested', 'ServiceTask_MarkDeclined', "${candidateInterested != 'YES'}"),
 ('SequenceFlow_DeclinedMarked', '', 'ServiceTask_MarkDeclined', 'EndEvent_CandidateDeclined', None),
 ('SequenceFlow_ApplicationFileRequested', '', 'ServiceTask_RequestApplicationFile', 'ServiceTask_MarkApplicationRequested', None),
 ('SequenceFlow_ApplicationRequestedMarked', '', 'ServiceTask_MarkApplicationRequested', 'UserTask_RecordApplicationFile', None),
 ('SequenceFlow_ApplicationReminderDue', '', 'BoundaryEvent_ApplicationReminderDue', 'ServiceTask_RemindCandidate', None),
 ('SequenceFlow_CandidateReminded', '', 'ServiceTask_RemindCandidate', 'EndEvent_CandidateReminded', None),
 ('SequenceFlow_ApplicationOverdue', '', 'BoundaryEvent_ApplicationOverdue', 'ServiceTask_MarkApplicationLapsed', None),
 ('SequenceFlow_ApplicationLapsedMarked', '', 'ServiceTask_MarkApplicationLapsed', 'ServiceTask_NotifyRecruiterApplicationLapsed', None),
 ('SequenceFlow_RecruiterToldApplicationLapsed', '', 'ServiceTask_NotifyRecruiterApplicationLapsed', 'EndEvent_ApplicationLapsed', None),
 ('SequenceFlow_ApplicationFileRecorded', '', 'UserTask_RecordApplicationFile', 'Gateway_ApplicationFileReceived', None),
 ('SequenceFlow_ApplicationFileSubmitted', '', 'BoundaryEvent_ApplicationReceived', 'Gateway_ApplicationFileReceived', None),
 ('SequenceFlow_ApplicationFileReceived', '', 'Gateway_ApplicationFileReceived', 'ServiceTask_SaveApplicationFile', None),
 ('SequenceFlow_ApplicationFileSaved', '', 'ServiceTask_SaveApplicationFile', 'ServiceTask_MarkInCommittee', None),
 ('SequenceFlow_FilePresented', '', 'ServiceTask_MarkInCommittee', 'CallActivity_CommitteeVote', None),
 ('SequenceFlow_CommitteeDecided', '', 'CallActivity_CommitteeVote', 'Gateway_ApplicationApproved', None),
 ('SequenceFlow_ApplicationApprovedYes', 'yes', 'Gateway_ApplicationApproved', 'UserTask_SignContract', "${committeeOutcome == 'APPROVED'}"),
 ('SequenceFlow_ApplicationApprovedNo', 'no', 'Gateway_ApplicationApproved', 'EndEvent_ApplicationRejected', "${committeeOutcome != 'APPROVED'}"),
 ('SequenceFlow_SignatureOverdue', '', 'BoundaryEvent_SignatureOverdue', 'ServiceTask_NotifyManagersSignatureOverdue', None),
 ('SequenceFlow_ManagersAlerted', '', 'ServiceTask_NotifyManagersSignatureOverdue', 'EndEvent_SignatureEscalated', None),
 ('SequenceFlow_ContractSigned', '', 'UserTask_SignContract', 'ServiceTask_RecordContractSignature', None),
 ('SequenceFlow_SignatureRecorded', '', 'ServiceTask_RecordContractSignature', 'ServiceTask_AnnounceNewPartner', None),
 ('SequenceFlow_PartnerAnnounced', '', 'ServiceTask_AnnounceNewPartner', 'ServiceTask_WelcomePartner', None),
 ('SequenceFlow_PartnerWelcomed', '', 'ServiceTask_WelcomePartner', 'ServiceTask_StartOnboardingPlan', None),
 ('SequenceFlow_OnboardingPlanStarted', '', 'ServiceTask_StartOnboardingPlan', 'EndEvent_PartnerSigned', None),
]
out, inc = {}, {}
for f in flows:
    out.setdefault(f[2], []).append(f[0]); inc.setdefault(f[3], []).append(f[0])
size = {'startEvent': (36, 36), 'endEvent': (36, 36), 'exclusiveGateway': (50, 50)}
geo = {}
for nid, label, (t, attrs, inner), c, r in nodes:
    w, h = size.get(t, (100, 80))
    geo[nid] = (X(c) + (100 - w) / 2, Y(r) + (80 - h) / 2, w, h)
for bid, label, att, d, cancel, off in boundaries:
    x, y, w, h = geo[att]
    by = y - 18 if bid in top else y + h - 18
    geo[bid] = (x + off - 18 + (0 if bid in top else 0), by, 36, 36)
# move overdue boundary on bottom, received on bottom-right
def cx(n): x, y, w, h = geo[n]; return x + w / 2
def cy(n): x, y, w, h = geo[n]; return y + h / 2
sem = []
for nid, label, (t, attrs, inner), c, r in nodes:
    io = ''.join(f'<bpmn:incoming>{i}</bpmn:incoming>' for i in inc.get(nid, [])) + ''.join(f'<bpmn:outgoing>{o}</bpmn:outgoing>' for o in out.get(nid, []))
    sem.append(f'    <bpmn:{t} id="{nid}" name="{html.escape(label)}" {attrs}>{inner}{io}</bpmn:{t}>')
for bid, label, att, d, cancel, off in boundaries:
    io = ''.join(f'<bpmn:outgoing>{o}</bpmn:outgoing>' for o in out.get(bid, []))
    sem.append(f'    <bpmn:boundaryEvent id="{bid}" name="{label}" attachedToRef="{att}" cancelActivity="{str(cancel).lower()}">{io}{d}</bpmn:boundaryEvent>')
for fid, label, s, t, cond in flows:
    c = f'<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{html.escape(cond)}</bpmn:conditionExpression>' if cond else ''
    sem.append(f'    <bpmn:sequenceFlow id="{fid}" name="{label}" sourceRef="{s}" targetRef="{t}">{c}</bpmn:sequenceFlow>')
di = []
for nid, *_ in nodes + [(b[0],) for b in boundaries]:
    x, y, w, h = geo[nid]
    label = ''
    if nid.startswith(('StartEvent', 'EndEvent', 'Gateway', 'Boundary')):
        label = f'<bpmndi:BPMNLabel><dc:Bounds x="{x - 20}" y="{y + h + 4}" width="{w + 40}" height="27"/></bpmndi:BPMNLabel>'
    extra = ' isMarkerVisible="true"' if nid.startswith('Gateway') else ''
    di.append(f'      <bpmndi:BPMNShape id="{nid}_di" bpmnElement="{nid}"{extra}><dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}"/>{label}</bpmndi:BPMNShape>')
for fid, label, s, t, cond in flows:
    sx, sy, sw, sh = geo[s]; tx, ty, tw, th = geo[t]
    if abs(cy(s) - cy(t)) < 1:
        pts = [(sx + sw, cy(s)), (tx, cy(t))]
    elif s.startswith('Boundary'):
        # leave the boundary vertically, then go right
        start = (cx(s), sy if cy(t) < cy(s) else sy + sh)
        if s == 'BoundaryEvent_ApplicationReceived':
            pts = [start, (cx(s), sy + sh + 25), (cx(t), sy + sh + 25), (cx(t), ty + th)]
        elif abs(cx(s) - cx(t)) < 60:
            pts = [start, (cx(s), ty + th if cy(t) < cy(s) else ty)]
        else:
            pts = [start, (cx(s), cy(t)), (tx, cy(t))]
    elif cx(t) > cx(s) + 1 and cy(t) != cy(s) and not s.startswith('Gateway'):
        pts = [(sx + sw, cy(s)), (sx + sw + 20, cy(s)), (sx + sw + 20, cy(t)), (tx, cy(t))] if False else [(cx(s), sy + sh if cy(t) > cy(s) else sy), (cx(s), cy(t)), (tx, cy(t))]
    else:
        # gateway down/up to a node below/above, or into a joining gateway
        if abs(cx(s) - cx(t)) < 1:
            pts = [(cx(s), sy + sh if cy(t) > cy(s) else sy), (cx(t), ty if cy(t) > cy(s) else ty + th)]
        elif cx(t) > cx(s):
            pts = [(cx(s), sy + sh if cy(t) > cy(s) else sy), (cx(s), cy(t)), (tx, cy(t))]
        else:
            pts = [(sx + sw, cy(s)), (cx(t), cy(s)), (cx(t), ty if cy(s) > cy(t) else ty + th)]
    wp = ''.join(f'<di:waypoint x="{px:.0f}" y="{py:.0f}"/>' for px, py in pts)
    lab = ''
    if label:
        lx, ly = pts[0]
        lab = f'<bpmndi:BPMNLabel><dc:Bounds x="{lx + 6:.0f}" y="{ly + 2:.0f}" width="20" height="14"/></bpmndi:BPMNLabel>'
    di.append(f'      <bpmndi:BPMNEdge id="{fid}_di" bpmnElement="{fid}">{wp}{lab}</bpmndi:BPMNEdge>')
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_PartnerRecruitment" targetNamespace="http://partnerflow.io/bpmn" exporter="tools/gen_recruitment.py" exporterVersion="1">
  <bpmn:message id="Message_ApplicationReceived" name="Message_ApplicationReceived"/>
  <bpmn:error id="Error_CandidateRefused" name="Candidate refused" errorCode="CANDIDATE_REFUSED"/>
  <bpmn:process id="partner-recruitment" name="Partner recruitment" isExecutable="true" camunda:historyTimeToLive="P180D" camunda:isStartableInTasklist="true">
{chr(10).join(sem)}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_PartnerRecruitment">
    <bpmndi:BPMNPlane id="BPMNPlane_PartnerRecruitment" bpmnElement="partner-recruitment">
{chr(10).join(di)}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
'''
open('bpmn/partner-recruitment.bpmn', 'w').write(doc)
