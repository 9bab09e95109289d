/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUser on User {\n    id\n    username\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n    mustChangePassword\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment UserRowFields on User {\n    id\n    username\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n    mustChangePassword\n    active\n  }\n": typeof types.UserRowFieldsFragmentDoc,
    "\n  query UserPage($search: String, $includeDeactivated: Boolean, $limit: Int, $offset: Int) {\n    userPage(search: $search, includeDeactivated: $includeDeactivated, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n": typeof types.UserPageDocument,
    "\n  query UnitOptions {\n    units {\n      id\n      name\n    }\n  }\n": typeof types.UnitOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserAccess($id: ID!, $roles: [Role!]!, $unitId: ID) {\n    setUserAccess(id: $id, roles: $roles, unitId: $unitId) {\n      ...UserRowFields\n    }\n  }\n": typeof types.SetUserAccessDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  query Inbox($filter: ComplaintFilter, $sort: ComplaintSort, $limit: Int, $offset: Int) {\n    complaints(filter: $filter, sort: $sort, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        trackingCode\n        channel\n        receivedDay\n        status\n        statusText {\n          vi\n          en\n        }\n        dueStatus\n        regulation\n        due {\n          answer\n          handle\n        }\n        units {\n          name\n          lead\n        }\n        classification {\n          field\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  fragment ComplaintDetailFields on Complaint {\n    id\n    trackingCode\n    channel\n    receivedAt\n    receivedDay\n    status\n    statusText {\n      vi\n      en\n    }\n    regulation\n    content\n    classification {\n      kind\n      category\n      field\n      regulation\n      concernedUnitId\n    }\n    units {\n      unitId\n      name\n      lead\n    }\n    due {\n      classify\n      outOfScopeTransfer\n      handle\n      answer\n    }\n    dueStatus\n    extended\n    extensionReason\n    pauses {\n      from\n      to\n      reason\n    }\n    senderHidden\n    sender {\n      name\n      address\n      phone\n      email\n    }\n    answer {\n      id\n      unitId\n      text\n      documentNumber\n      documentDate\n      status\n      reviewReason\n    }\n    contributions {\n      unitId\n      text\n      at\n    }\n    publishedQuestion\n    publishedText\n    rating {\n      satisfied\n      ratedAt\n      comment\n    }\n    returnedReason\n    returnedGuidance\n    mergedInto {\n      id\n      trackingCode\n    }\n    attachments {\n      fileId\n      name\n      type\n      size\n      url\n    }\n    auditTrail {\n      at\n      actorId\n      action\n      reason\n      fromStatus\n      toStatus\n    }\n    duplicateSuggestions {\n      score\n      complaint {\n        id\n        trackingCode\n        regulation\n      }\n    }\n    allowedActions\n  }\n": typeof types.ComplaintDetailFieldsFragmentDoc,
    "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.ComplaintDocument,
    "\n  query Review($id: ID!) {\n    complaintPublicationReview(id: $id) {\n      question\n      questionSpans {\n        start\n        end\n        kind\n      }\n      answer\n      answerSpans {\n        start\n        end\n        kind\n      }\n    }\n  }\n": typeof types.ReviewDocument,
    "\n  mutation ExportRegister($from: Date!, $to: Date!) {\n    exportComplaintRegister(from: $from, to: $to) {\n      fileId\n      name\n      rows\n    }\n  }\n": typeof types.ExportRegisterDocument,
    "\n  mutation Intake($input: IntakeComplaintInput!) {\n    intakeComplaint(input: $input) {\n      complaint {\n        id\n      }\n      receipt {\n        trackingCode\n        secret\n        receivedAt\n        receivedDay\n        answerDue\n      }\n    }\n  }\n": typeof types.IntakeDocument,
    "\n  query AnswerTemplates($field: String) {\n    complaintAnswerTemplates(field: $field) {\n      id\n      field\n      title\n      text\n    }\n  }\n": typeof types.AnswerTemplatesDocument,
    "\n  mutation CreateAnswerTemplate($input: AnswerTemplateInput!) {\n    createComplaintAnswerTemplate(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAnswerTemplateDocument,
    "\n  mutation DeleteAnswerTemplate($id: ID!) {\n    deleteComplaintAnswerTemplate(id: $id)\n  }\n": typeof types.DeleteAnswerTemplateDocument,
    "\n  query Retention {\n    complaintPersonalDataRetention {\n      months\n      min\n      max\n    }\n  }\n": typeof types.RetentionDocument,
    "\n  mutation SetRetention($months: Int!) {\n    updateComplaintPersonalDataRetention(months: $months) {\n      months\n      min\n      max\n    }\n  }\n": typeof types.SetRetentionDocument,
    "\n  mutation RevealSender($id: ID!, $reason: String!) {\n    revealComplaintSender(id: $id, reason: $reason) {\n      name\n      address\n      phone\n      email\n    }\n  }\n": typeof types.RevealSenderDocument,
    "\n  mutation ReissueSecret($id: ID!, $reason: String!) {\n    reissueComplaintSecret(id: $id, reason: $reason) {\n      trackingCode\n      secret\n    }\n  }\n": typeof types.ReissueSecretDocument,
    "\n  query ComplaintCountsByMonth($months: Int) {\n    complaintCountsByMonth(months: $months) {\n      month\n      received\n      handled\n      overdue\n    }\n  }\n": typeof types.ComplaintCountsByMonthDocument,
    "\n  mutation ClassifyComplaint($id: ID!, $input: ClassifyInput!) {\n    classifyComplaint(id: $id, input: $input) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.ClassifyComplaintDocument,
    "\n  mutation TransferComplaint($id: ID!, $units: [AssignmentInput!]!) {\n    transferComplaint(id: $id, units: $units) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.TransferComplaintDocument,
    "\n  mutation DraftComplaintAnswer($id: ID!, $text: String!, $documentNumber: String!, $documentDate: Date!) {\n    draftComplaintAnswer(id: $id, text: $text, documentNumber: $documentNumber, documentDate: $documentDate) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.DraftComplaintAnswerDocument,
    "\n  mutation ContributeToComplaint($id: ID!, $text: String!) {\n    contributeToComplaint(id: $id, text: $text) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.ContributeToComplaintDocument,
    "\n  mutation ApproveComplaintAnswer($id: ID!, $reason: String) {\n    approveComplaintAnswer(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.ApproveComplaintAnswerDocument,
    "\n  mutation ReturnComplaintAnswer($id: ID!, $reason: String!) {\n    returnComplaintAnswer(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.ReturnComplaintAnswerDocument,
    "\n  mutation SendComplaintAnswer($id: ID!) {\n    sendComplaintAnswer(id: $id) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.SendComplaintAnswerDocument,
    "\n  mutation PublishComplaint($id: ID!, $publishedQuestion: String!, $publishedText: String!, $personalDataRemovedConfirmed: Boolean!) {\n    publishComplaint(\n      id: $id\n      publishedQuestion: $publishedQuestion\n      publishedText: $publishedText\n      personalDataRemovedConfirmed: $personalDataRemovedConfirmed\n    ) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.PublishComplaintDocument,
    "\n  mutation PauseComplaint($id: ID!, $reason: String!) {\n    pauseComplaint(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.PauseComplaintDocument,
    "\n  mutation ResumeComplaint($id: ID!, $reason: String) {\n    resumeComplaint(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.ResumeComplaintDocument,
    "\n  mutation ExtendComplaint($id: ID!, $reason: String!) {\n    extendComplaint(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.ExtendComplaintDocument,
    "\n  mutation ReturnComplaint($id: ID!, $reason: String!, $guidance: String!) {\n    returnComplaint(id: $id, reason: $reason, guidance: $guidance) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.ReturnComplaintDocument,
    "\n  mutation MergeComplaint($id: ID!, $intoId: ID!) {\n    mergeComplaint(id: $id, intoId: $intoId) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.MergeComplaintDocument,
    "\n  mutation CloseComplaint($id: ID!, $reason: String) {\n    closeComplaint(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n": typeof types.CloseComplaintDocument,
    "\n  query HomeComplaints($filter: ComplaintFilter, $limit: Int) {\n    complaints(filter: $filter, sort: DEADLINE_ASC, limit: $limit) {\n      total\n      items {\n        id\n        trackingCode\n        regulation\n        statusText {\n          vi\n          en\n        }\n        currentDue\n        dueStatus\n      }\n    }\n  }\n": typeof types.HomeComplaintsDocument,
    "\n  query HomeOccurrences($status: OccurrenceStatus, $overdue: Boolean, $limit: Int) {\n    myOccurrences(status: $status, overdue: $overdue, limit: $limit) {\n      id\n      label\n      dueDay\n      status\n      overdue\n      dueSoon\n      workingDaysLeft\n      task {\n        label\n        content\n      }\n      plan {\n        id\n        title\n      }\n    }\n  }\n": typeof types.HomeOccurrencesDocument,
    "\n  query HomePlans {\n    plans {\n      id\n      title\n      status\n      unitPlanDeadline\n    }\n  }\n": typeof types.HomePlansDocument,
    "\n  query HomeAwaitingReview($limit: Int) {\n    occurrencesAwaitingReview(limit: $limit) {\n      total\n      items {\n        id\n        label\n        unitName\n        task {\n          label\n        }\n        plan {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.HomeAwaitingReviewDocument,
    "\n  query InspectionsList($filter: InspectionFilter, $limit: Int, $offset: Int) {\n    inspections(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        unitName\n        type\n        focus\n        status\n        windowStart\n        windowEnd\n        startDay\n        endDay\n        selfAssessmentLate\n      }\n    }\n  }\n": typeof types.InspectionsListDocument,
    "\n  query UnitOpenRecommendations($unitId: ID!, $limit: Int, $offset: Int) {\n    recommendations(unitId: $unitId, open: true, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...RecommendationFields\n      }\n    }\n  }\n": typeof types.UnitOpenRecommendationsDocument,
    "\n  fragment InspectionPlanFields on InspectionPlan {\n    id\n    year\n    title\n    status\n    approvedAt\n    items {\n      id\n      order\n      unitId\n      unitName\n      periodKind\n      period\n      type\n      focus\n    }\n  }\n": typeof types.InspectionPlanFieldsFragmentDoc,
    "\n  query InspectionPlans($year: Int) {\n    inspectionPlans(year: $year) {\n      ...InspectionPlanFields\n    }\n  }\n": typeof types.InspectionPlansDocument,
    "\n  query InspectionPlan($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...InspectionPlanFields\n    }\n  }\n": typeof types.InspectionPlanDocument,
    "\n  mutation CreateInspectionPlan($input: InspectionPlanInput!) {\n    createInspectionPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateInspectionPlanDocument,
    "\n  mutation UpdateInspectionPlan($id: ID!, $input: InspectionPlanUpdateInput!) {\n    updateInspectionPlan(id: $id, input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n": typeof types.UpdateInspectionPlanDocument,
    "\n  mutation ApproveInspectionPlan($id: ID!) {\n    approveInspectionPlan(id: $id) {\n      ...InspectionPlanFields\n    }\n  }\n": typeof types.ApproveInspectionPlanDocument,
    "\n  query InspectionTeamCandidates {\n    users {\n      id\n      fullName\n      roles\n    }\n  }\n": typeof types.InspectionTeamCandidatesDocument,
    "\n  fragment InspectionFileFields on InspectionFile {\n    id\n    name\n    url\n  }\n": typeof types.InspectionFileFieldsFragmentDoc,
    "\n  fragment RecommendationFields on Recommendation {\n    id\n    inspectionId\n    findingId\n    text\n    responsibleUnitId\n    responsibleUnitName\n    dueDay\n    status\n    overdue\n    answer\n    answeredAt\n    answerFiles {\n      ...InspectionFileFields\n    }\n    returnReason\n    verifiedAt\n    carryOverReason\n  }\n": typeof types.RecommendationFieldsFragmentDoc,
    "\n  fragment InspectionDetailFields on Inspection {\n    id\n    planId\n    unitId\n    unitName\n    type\n    focus\n    status\n    windowStart\n    windowEnd\n    startDay\n    endDay\n    decisionNumber\n    decisionDate\n    template {\n      name\n      version\n    }\n    selfAssessmentDue\n    selfSubmittedAt\n    selfAssessmentLate\n    conclusionNumber\n    concludedOn\n    conclusionNotice {\n      ...InspectionFileFields\n    }\n    closedAt\n    unitFigures {\n      from\n      to\n      complaintsReceived\n      complaintsOverdue\n      complaintsAnsweredLate\n      occurrencesOverdue\n      occurrencesDoneLate\n      lateReports\n    }\n    team {\n      userId\n      name\n      role\n    }\n    checklist {\n      code\n      name\n      criteria {\n        id\n        code\n        text\n        kind\n        maxScore\n        selfValue\n        selfNote\n        teamValue\n        teamNote\n        differs\n      }\n    }\n    findings {\n      id\n      criterionId\n      severity\n      description\n      recordedAt\n      recommendations {\n        ...RecommendationFields\n      }\n    }\n  }\n": typeof types.InspectionDetailFieldsFragmentDoc,
    "\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionDetailFields\n    }\n  }\n": typeof types.InspectionDocument,
    "\n  mutation FormInspectionTeam($id: ID!, $input: InspectionTeamInput!) {\n    formInspectionTeam(id: $id, input: $input) {\n      ...InspectionDetailFields\n    }\n  }\n": typeof types.FormInspectionTeamDocument,
    "\n  mutation StartInspection($id: ID!) {\n    startInspection(id: $id) {\n      ...InspectionDetailFields\n    }\n  }\n": typeof types.StartInspectionDocument,
    "\n  mutation RecordSelfAssessment($id: ID!, $answers: [ChecklistAnswerInput!]!, $submit: Boolean) {\n    recordSelfAssessment(id: $id, answers: $answers, submit: $submit) {\n      ...InspectionDetailFields\n    }\n  }\n": typeof types.RecordSelfAssessmentDocument,
    "\n  mutation RecordTeamAssessment($id: ID!, $answers: [ChecklistAnswerInput!]!) {\n    recordTeamAssessment(id: $id, answers: $answers) {\n      ...InspectionDetailFields\n    }\n  }\n": typeof types.RecordTeamAssessmentDocument,
    "\n  mutation ConcludeInspection($id: ID!, $input: ConclusionInput!) {\n    concludeInspection(id: $id, input: $input) {\n      ...InspectionDetailFields\n    }\n  }\n": typeof types.ConcludeInspectionDocument,
    "\n  mutation CloseInspection($id: ID!) {\n    closeInspection(id: $id) {\n      ...InspectionDetailFields\n    }\n  }\n": typeof types.CloseInspectionDocument,
    "\n  mutation ExportInspectionRecord($id: ID!) {\n    exportInspectionRecord(id: $id) {\n      ...InspectionFileFields\n    }\n  }\n": typeof types.ExportInspectionRecordDocument,
    "\n  mutation RecordFinding($inspectionId: ID!, $input: FindingInput!) {\n    recordFinding(inspectionId: $inspectionId, input: $input) {\n      id\n    }\n  }\n": typeof types.RecordFindingDocument,
    "\n  mutation IssueRecommendation($findingId: ID!, $input: RecommendationInput!) {\n    issueRecommendation(findingId: $findingId, input: $input) {\n      id\n    }\n  }\n": typeof types.IssueRecommendationDocument,
    "\n  query Recommendations($status: RecommendationStatus, $limit: Int, $offset: Int) {\n    recommendations(status: $status, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...RecommendationFields\n      }\n    }\n  }\n": typeof types.RecommendationsDocument,
    "\n  mutation AnswerRecommendation($id: ID!, $answer: String!) {\n    answerRecommendation(id: $id, answer: $answer) {\n      ...RecommendationFields\n    }\n  }\n": typeof types.AnswerRecommendationDocument,
    "\n  mutation VerifyRecommendation($id: ID!, $accepted: Boolean!, $reason: String) {\n    verifyRecommendation(id: $id, accepted: $accepted, reason: $reason) {\n      ...RecommendationFields\n    }\n  }\n": typeof types.VerifyRecommendationDocument,
    "\n  mutation CarryOverRecommendation($id: ID!, $reason: String!) {\n    carryOverRecommendation(id: $id, reason: $reason) {\n      ...RecommendationFields\n    }\n  }\n": typeof types.CarryOverRecommendationDocument,
    "\n  query RiskRanking($asOf: Date, $first: Int, $after: String) {\n    riskRanking(asOf: $asOf, first: $first, after: $after) {\n      asOf\n      total\n      nextCursor\n      items {\n        unitId\n        unitName\n        score\n        reasons {\n          kind\n          count\n          weight\n        }\n      }\n    }\n  }\n": typeof types.RiskRankingDocument,
    "\n  query RiskWeights {\n    riskWeights {\n      kind\n      weight\n      updatedAt\n    }\n  }\n": typeof types.RiskWeightsDocument,
    "\n  mutation SetRiskWeights($weights: [RiskWeightInput!]!) {\n    setRiskWeights(weights: $weights) {\n      kind\n      weight\n      updatedAt\n    }\n  }\n": typeof types.SetRiskWeightsDocument,
    "\n  mutation ScheduleSuggestedInspection($input: SuggestedInspectionInput!) {\n    scheduleSuggestedInspection(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleSuggestedInspectionDocument,
    "\n  query InspectionCalendar($year: Int!, $fromMonth: Int!, $toMonth: Int!) {\n    inspectionCalendar(year: $year, fromMonth: $fromMonth, toMonth: $toMonth) {\n      from\n      to\n      items {\n        inspection {\n          id\n          unitId\n          unitName\n          type\n          focus\n          status\n          windowStart\n          windowEnd\n          startDay\n          endDay\n        }\n        warnings {\n          kind\n          otherInspectionId\n          message\n        }\n      }\n    }\n  }\n": typeof types.InspectionCalendarDocument,
    "\n  fragment ChecklistTemplateFields on ChecklistTemplate {\n    id\n    code\n    name\n    version\n    versionId\n    groups {\n      code\n      name\n      criteria {\n        code\n        text\n        kind\n        maxScore\n      }\n    }\n  }\n": typeof types.ChecklistTemplateFieldsFragmentDoc,
    "\n  query ChecklistTemplates {\n    checklistTemplates {\n      ...ChecklistTemplateFields\n    }\n  }\n": typeof types.ChecklistTemplatesDocument,
    "\n  mutation ReviseChecklistTemplate($id: ID!, $input: ChecklistTemplateInput!) {\n    reviseChecklistTemplate(id: $id, input: $input) {\n      ...ChecklistTemplateFields\n    }\n  }\n": typeof types.ReviseChecklistTemplateDocument,
    "\n  query NotificationPage($unreadOnly: Boolean, $limit: Int, $offset: Int) {\n    myNotificationPage(unreadOnly: $unreadOnly, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.NotificationPageDocument,
    "\n  query UnreadNotificationCount {\n    myUnreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id)\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  fragment ProgressFields on Progress {\n    total\n    done\n    inProgress\n    blocked\n    notStarted\n    overdue\n    percentDone\n  }\n": typeof types.ProgressFieldsFragmentDoc,
    "\n  fragment PlanSummaryFields on Plan {\n    id\n    year\n    title\n    status\n    decisionNumber\n    decisionDate\n    unitPlanDeadline\n    taskCount\n    issuingUnit {\n      id\n      name\n    }\n    progress {\n      ...ProgressFields\n    }\n  }\n": typeof types.PlanSummaryFieldsFragmentDoc,
    "\n  query Plans {\n    plans {\n      ...PlanSummaryFields\n    }\n  }\n": typeof types.PlansDocument,
    "\n  mutation LinkTask($taskId: ID!, $kind: ActivityKind) {\n    linkTask(taskId: $taskId, kind: $kind) {\n      id\n      activityKind\n    }\n  }\n": typeof types.LinkTaskDocument,
    "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      ...PlanSummaryFields\n      importWarnings {\n        code\n        message\n      }\n      sections {\n        id\n        number\n        title\n        progress {\n          ...ProgressFields\n        }\n        tasks {\n          id\n          label\n          number\n          content\n          timeframeText\n          expectedResult\n          resultItems\n          leadUnits {\n            writtenName\n            unitId\n            unitName\n          }\n          coordinatingUnits {\n            writtenName\n            unitId\n            unitName\n          }\n          activityKind\n          progress {\n            ...ProgressFields\n          }\n        }\n      }\n      unitProgress {\n        unitId\n        unitName\n        progress {\n          ...ProgressFields\n        }\n      }\n      unitPlans {\n        unitId\n        unitName\n        status\n        late\n      }\n    }\n  }\n": typeof types.PlanDocument,
    "\n  mutation IssuePlan($id: ID!) {\n    issuePlan(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.IssuePlanDocument,
    "\n  fragment OccurrenceFields on Occurrence {\n    id\n    label\n    dueDay\n    status\n    review\n    overdue\n    dueSoon\n    workingDaysLeft\n    unitId\n    unitName\n    sectionTitle\n    task {\n      id\n      label\n      content\n      timeframeText\n      expectedResult\n    }\n    plan {\n      id\n      title\n      year\n    }\n    reports {\n      id\n      status\n      note\n      evidenceNumber\n      evidenceDate\n      evidenceLink\n      fileIds\n      unitName\n      byCoordinatingUnit\n      bySystem\n      reviewState\n      reviewComment\n      createdAt\n    }\n  }\n": typeof types.OccurrenceFieldsFragmentDoc,
    "\n  query MyOccurrences($status: OccurrenceStatus, $overdue: Boolean, $planId: ID) {\n    myOccurrences(status: $status, overdue: $overdue, planId: $planId) {\n      ...OccurrenceFields\n    }\n  }\n": typeof types.MyOccurrencesDocument,
    "\n  query PlanOccurrences($planId: ID!, $filter: OccurrenceFilter) {\n    occurrences(planId: $planId, filter: $filter) {\n      ...OccurrenceFields\n    }\n  }\n": typeof types.PlanOccurrencesDocument,
    "\n  mutation ReportProgress($id: ID!, $input: ProgressReportInput!) {\n    reportProgress(occurrenceId: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ReportProgressDocument,
    "\n  mutation ReviewProgress($id: ID!, $decision: ReviewDecision!, $comment: String) {\n    reviewProgress(reportId: $id, decision: $decision, comment: $comment) {\n      id\n      reviewState\n    }\n  }\n": typeof types.ReviewProgressDocument,
    "\n  query PreviewPlanImport($input: PlanDocumentInput!) {\n    previewPlanImport(input: $input) {\n      year\n      lastYear\n      title\n      unitPlanDeadline\n      unresolvedCount\n      issuingUnit {\n        id\n        name\n      }\n      decision {\n        number\n        date\n        issuer\n        signer\n      }\n      columns {\n        index\n        header\n        role\n      }\n      unitSplits {\n        text\n        names\n        alternatives\n        source\n        places {\n          sectionOrder\n          task\n          field\n        }\n      }\n      sections {\n        order\n        number\n        title\n      }\n      tasks {\n        sectionOrder\n        label\n        content\n        timeframeText\n        leadUnitNames\n        coordinatingUnitNames\n        expectedResult\n        resultItems\n        attributes {\n          name\n          value\n        }\n        timeframe {\n          unparsed\n          parts {\n            kind\n          }\n        }\n      }\n      warnings {\n        code\n        message\n      }\n      unitNames {\n        name\n        asLead\n        asCoordinating\n        resolved\n        source\n        unitId\n        unitName\n        rule\n        memberCount\n      }\n    }\n  }\n": typeof types.PreviewPlanImportDocument,
    "\n  mutation ImportPlan($input: PlanDocumentInput!) {\n    importPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.ImportPlanDocument,
    "\n  fragment UnitPlanFields on UnitPlan {\n    id\n    unitId\n    unitName\n    status\n    title\n    body\n    items {\n      taskId\n      taskLabel\n      role\n      content\n      timeframeText\n      expectedResult\n    }\n    submittedOn\n    late\n    overdue\n    reviewComment\n  }\n": typeof types.UnitPlanFieldsFragmentDoc,
    "\n  query UnitPlanBoard($planId: ID!) {\n    unitPlanBoard(planId: $planId) {\n      deadline\n      counts {\n        missing\n        draft\n        submitted\n        accepted\n        returned\n        late\n        overdue\n      }\n      rows {\n        ...UnitPlanFields\n      }\n    }\n  }\n": typeof types.UnitPlanBoardDocument,
    "\n  query MyUnitPlan($planId: ID!) {\n    myUnitPlan(planId: $planId) {\n      ...UnitPlanFields\n    }\n    plan(id: $planId) {\n      id\n      title\n      year\n      unitPlanDeadline\n    }\n  }\n": typeof types.MyUnitPlanDocument,
    "\n  mutation GenerateUnitPlanDraft($planId: ID!) {\n    generateUnitPlanDraft(planId: $planId) {\n      ...UnitPlanFields\n    }\n  }\n": typeof types.GenerateUnitPlanDraftDocument,
    "\n  mutation UpdateUnitPlanDraft($planId: ID!, $input: UnitPlanDraftInput!) {\n    updateUnitPlanDraft(planId: $planId, input: $input) {\n      ...UnitPlanFields\n    }\n  }\n": typeof types.UpdateUnitPlanDraftDocument,
    "\n  mutation SubmitUnitPlan($planId: ID!) {\n    submitUnitPlan(planId: $planId) {\n      ...UnitPlanFields\n    }\n  }\n": typeof types.SubmitUnitPlanDocument,
    "\n  mutation ReviewUnitPlan($planId: ID!, $unitId: ID!, $decision: ReviewDecision!, $comment: String) {\n    reviewUnitPlan(planId: $planId, unitId: $unitId, decision: $decision, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.ReviewUnitPlanDocument,
    "\n  query FocalOfficers {\n    focalOfficers {\n      unitId\n      unitName\n      current {\n        name\n        position\n        phone\n        email\n      }\n      history {\n        id\n        decisionNumber\n        decisionDate\n        officers {\n          name\n          position\n          phone\n          email\n        }\n      }\n    }\n  }\n": typeof types.FocalOfficersDocument,
    "\n  mutation ChangeFocalOfficers($unitId: ID!, $input: FocalOfficerChangeInput!) {\n    changeFocalOfficers(unitId: $unitId, input: $input) {\n      id\n    }\n  }\n": typeof types.ChangeFocalOfficersDocument,
    "\n  mutation ExportPlanDocx($planId: ID!) {\n    exportPlanDocx(planId: $planId) {\n      id\n      name\n      url\n    }\n  }\n": typeof types.ExportPlanDocxDocument,
    "\n  query QuarterTimeline($planId: ID!) {\n    quarterTimeline(planId: $planId) {\n      unitId\n      unitName\n      quarters {\n        year\n        quarter\n        total\n        done\n        overdue\n      }\n    }\n  }\n": typeof types.QuarterTimelineDocument,
    "\n  query ReorganisationDecisions($limit: Int, $offset: Int) {\n    reorganisationDecisions(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        number\n        signedOn\n        effectiveFrom\n        status\n        failure\n      }\n    }\n  }\n": typeof types.ReorganisationDecisionsDocument,
    "\n  query ReorganisationDecision($id: ID!) {\n    reorganisationDecision(id: $id) {\n      id\n      number\n      signedOn\n      effectiveFrom\n      status\n      failure\n      appliedAt\n      changesJson\n    }\n  }\n": typeof types.ReorganisationDecisionDocument,
    "\n  query ReorganisationPreview($id: ID!) {\n    reorganisationPreview(id: $id) {\n      newUnitNames\n      successions {\n        predecessor {\n          id\n          name\n          planningWorkToMove {\n            what\n            count\n          }\n          complaintsWorkToMove {\n            what\n            count\n          }\n          inspectionsWorkToMove {\n            what\n            count\n          }\n          reportingWorkToMove {\n            what\n            count\n          }\n        }\n        successorId\n        successorName\n        workKinds\n      }\n      counts {\n        service\n        what\n        unit {\n          id\n        }\n        count\n      }\n    }\n  }\n": typeof types.ReorganisationPreviewDocument,
    "\n  mutation CreateReorganisationDecision($input: ReorganisationDecisionInput!) {\n    createReorganisationDecision(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateReorganisationDecisionDocument,
    "\n  mutation ScheduleReorganisationDecision($id: ID!) {\n    scheduleReorganisationDecision(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ScheduleReorganisationDecisionDocument,
    "\n  query ReportingDashboard($from: Date!, $to: Date!, $first: Int) {\n    reportingDashboard(from: $from, to: $to, first: $first) {\n      from\n      to\n      unitId\n      planProgress {\n        total\n        items {\n          unitId\n          unitName\n          doneOnTime\n          doneLate\n          openOverdue\n        }\n      }\n      complaintsByMonth {\n        month\n        received\n        handled\n        overdue\n      }\n      complaintsByUnit {\n        total\n        items {\n          unitId\n          unitName\n          received\n          handled\n          overdue\n        }\n      }\n      dossiers {\n        total\n        items {\n          unitId\n          unitName\n          onTime\n          late\n          onTimeRate\n        }\n      }\n      inspections {\n        total\n        items {\n          unitId\n          unitName\n          concluded\n          recommendationsOpen\n          recommendationsOverdue\n        }\n      }\n    }\n  }\n": typeof types.ReportingDashboardDocument,
    "\n  query DashboardIndex($month: String!, $first: Int, $offset: Int) {\n    serviceQualityIndex(month: $month, first: $first, offset: $offset) {\n      total\n      items {\n        unitId\n        unitName\n        total\n        rank\n        rankedUnits\n      }\n    }\n  }\n": typeof types.DashboardIndexDocument,
    "\n  query DashboardPlans {\n    plans {\n      id\n      year\n      lastYear\n      title\n      status\n    }\n  }\n": typeof types.DashboardPlansDocument,
    "\n  query DashboardPlanSections($id: ID!) {\n    plan(id: $id) {\n      id\n      sections {\n        id\n        number\n        title\n        progress {\n          total\n          percentDone\n        }\n      }\n    }\n  }\n": typeof types.DashboardPlanSectionsDocument,
    "\n  query DossierResolutions($unitId: ID!, $from: Date!, $to: Date!, $outcome: DossierOutcome!, $first: Int, $offset: Int) {\n    dossierResolutions(unitId: $unitId, from: $from, to: $to, outcome: $outcome, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        dossierCode\n        step\n        day\n        timeliness\n      }\n    }\n  }\n": typeof types.DossierResolutionsDocument,
    "\n  query FigureRecords($figure: DashboardFigure!, $unitId: ID, $from: Date!, $to: Date!, $first: Int, $offset: Int) {\n    figureRecords(figure: $figure, unitId: $unitId, from: $from, to: $to, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        day\n        occurrence {\n          id\n          label\n          dueDay\n          status\n          review\n          unitName\n          task {\n            id\n            label\n          }\n          plan {\n            id\n            title\n          }\n        }\n        complaint {\n          id\n          trackingCode\n          receivedDay\n          currentDue\n          statusText {\n            vi\n            en\n          }\n        }\n        inspection {\n          id\n          focus\n          type\n          status\n          unitName\n        }\n        recommendation {\n          id\n          inspectionId\n          text\n          dueDay\n          status\n          responsibleUnitName\n        }\n      }\n    }\n  }\n": typeof types.FigureRecordsDocument,
    "\n  fragment DossierImportFields on DossierImport {\n    id\n    fileName\n    status\n    total\n    processed\n    imported\n    duplicates\n    rejected\n    failure\n    createdAt\n    finishedAt\n  }\n": typeof types.DossierImportFieldsFragmentDoc,
    "\n  query DossierImports($first: Int, $offset: Int) {\n    dossierImports(first: $first, offset: $offset) {\n      total\n      items {\n        ...DossierImportFields\n      }\n    }\n  }\n": typeof types.DossierImportsDocument,
    "\n  query DossierImport($id: ID!) {\n    dossierImport(id: $id) {\n      ...DossierImportFields\n    }\n  }\n": typeof types.DossierImportDocument,
    "\n  query DossierImportRejections($importId: ID!, $first: Int, $offset: Int) {\n    dossierImportRejections(importId: $importId, first: $first, offset: $offset) {\n      total\n      items {\n        row\n        cells\n        reason\n      }\n    }\n  }\n": typeof types.DossierImportRejectionsDocument,
    "\n  query DossierImportRejectionReport($importId: ID!) {\n    dossierImportRejectionReport(importId: $importId) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.DossierImportRejectionReportDocument,
    "\n  query DossierImportTemplate($format: DossierTemplateFormat!) {\n    dossierImportTemplate(format: $format) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.DossierImportTemplateDocument,
    "\n  mutation ImportDossierFile($fileName: String!, $contentBase64: String!) {\n    importDossierFile(fileName: $fileName, contentBase64: $contentBase64) {\n      ...DossierImportFields\n    }\n  }\n": typeof types.ImportDossierFileDocument,
    "\n  query ServiceQualityIndex($month: String!, $first: Int, $offset: Int) {\n    serviceQualityIndex(month: $month, first: $first, offset: $offset) {\n      month\n      hasFigures\n      total\n      items {\n        month\n        unitId\n        unitName\n        total\n        maxTotal\n        rank\n        rankedUnits\n        previousTotal\n        previousRank\n        change\n        trend\n        indicators {\n          indicator {\n            code\n            groupName\n            groupNameEn\n            name\n            nameEn\n            manual\n            target\n            maxPoints\n            source\n          }\n          numerator\n          denominator\n          rate\n          points\n          pointsLost\n          valueSource\n        }\n        pointsLost {\n          indicator {\n            code\n          }\n          pointsLost\n        }\n      }\n    }\n  }\n": typeof types.ServiceQualityIndexDocument,
    "\n  query UnitServiceQuality($unitId: ID!, $fromMonth: String!, $toMonth: String!) {\n    unitServiceQuality(unitId: $unitId, fromMonth: $fromMonth, toMonth: $toMonth) {\n      month\n      total\n      rank\n    }\n  }\n": typeof types.UnitServiceQualityDocument,
    "\n  query IndexIndicators {\n    indexIndicators {\n      code\n      name\n      nameEn\n      manual\n    }\n  }\n": typeof types.IndexIndicatorsDocument,
    "\n  mutation RecordIndexIndicator(\n    $unitId: ID!\n    $month: String!\n    $indicatorCode: String!\n    $numerator: Int!\n    $denominator: Int!\n    $source: String!\n  ) {\n    recordIndexIndicator(\n      unitId: $unitId\n      month: $month\n      indicatorCode: $indicatorCode\n      numerator: $numerator\n      denominator: $denominator\n      source: $source\n    ) {\n      unitId\n      month\n      total\n    }\n  }\n": typeof types.RecordIndexIndicatorDocument,
    "\n  query ReportKinds {\n    reportKinds {\n      code\n      nameText {\n        vi\n        en\n      }\n      periodKind\n      cutoffDay\n      deadlineWorkingDays\n      source\n    }\n  }\n": typeof types.ReportKindsDocument,
    "\n  query ReportCompleteness($kindCode: String!, $periodKey: String!) {\n    reportCompleteness(kindCode: $kindCode, periodKey: $periodKey) {\n      expected\n      submitted\n      accepted\n      onTime\n      late\n      missing\n      locked\n    }\n  }\n": typeof types.ReportCompletenessDocument,
    "\n  query UnitReports($kindCode: String, $periodKey: String, $status: String, $first: Int, $offset: Int) {\n    unitReports(kindCode: $kindCode, periodKey: $periodKey, status: $status, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        unitId\n        unit {\n          id\n          name\n        }\n        periodLabel\n        deadline\n        status\n        locked\n        submittedOn\n        submittedLate\n        exceptionUntil\n      }\n    }\n  }\n": typeof types.UnitReportsDocument,
    "\n  fragment UnitReportFields on UnitReport {\n    id\n    kindCode\n    periodKey\n    periodLabel\n    periodStart\n    periodEnd\n    deadline\n    unitId\n    unit {\n      id\n      name\n    }\n    status\n    locked\n    narrative\n    submittedOn\n    submittedLate\n    reviewComment\n    exceptionUntil\n    heldByUnitId\n    figures {\n      code\n      groupName\n      label\n      projected\n      value\n      correctionReason\n    }\n    allowedActions\n  }\n": typeof types.UnitReportFieldsFragmentDoc,
    "\n  query UnitReport($id: ID!) {\n    unitReport(id: $id) {\n      ...UnitReportFields\n    }\n  }\n": typeof types.UnitReportDocument,
    "\n  mutation GenerateExpectedReports($kindCode: String!, $year: Int, $index: Int, $start: Date, $end: Date) {\n    generateExpectedReports(kindCode: $kindCode, year: $year, index: $index, start: $start, end: $end)\n  }\n": typeof types.GenerateExpectedReportsDocument,
    "\n  mutation SaveReportNarrative($id: ID!, $narrative: String!) {\n    saveReportNarrative(id: $id, narrative: $narrative) {\n      ...UnitReportFields\n    }\n  }\n": typeof types.SaveReportNarrativeDocument,
    "\n  mutation CorrectReportFigure($id: ID!, $indicatorCode: String!, $value: Int!, $reason: String!) {\n    correctReportFigure(id: $id, indicatorCode: $indicatorCode, value: $value, reason: $reason) {\n      ...UnitReportFields\n    }\n  }\n": typeof types.CorrectReportFigureDocument,
    "\n  mutation SubmitUnitReport($id: ID!) {\n    submitUnitReport(id: $id) {\n      ...UnitReportFields\n    }\n  }\n": typeof types.SubmitUnitReportDocument,
    "\n  mutation AcceptUnitReport($id: ID!, $comment: String) {\n    acceptUnitReport(id: $id, comment: $comment) {\n      ...UnitReportFields\n    }\n  }\n": typeof types.AcceptUnitReportDocument,
    "\n  mutation ReturnUnitReport($id: ID!, $comment: String!) {\n    returnUnitReport(id: $id, comment: $comment) {\n      ...UnitReportFields\n    }\n  }\n": typeof types.ReturnUnitReportDocument,
    "\n  mutation GrantReportException($id: ID!, $until: Date!) {\n    grantReportException(id: $id, until: $until) {\n      ...UnitReportFields\n    }\n  }\n": typeof types.GrantReportExceptionDocument,
    "\n  query CityReports($kindCode: String!, $periodKey: String!, $first: Int, $offset: Int) {\n    cityReports(kindCode: $kindCode, periodKey: $periodKey, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        number\n        issuedOn\n        expected\n        received\n        accepted\n        docx {\n          id\n          name\n          url\n        }\n        xlsx {\n          id\n          name\n          url\n        }\n      }\n    }\n  }\n": typeof types.CityReportsDocument,
    "\n  mutation IssueCityReport($kindCode: String!, $periodKey: String!) {\n    issueCityReport(kindCode: $kindCode, periodKey: $periodKey) {\n      id\n      number\n    }\n  }\n": typeof types.IssueCityReportDocument,
    "\n  query UnitScorecard($unitId: ID!, $kindCode: String!, $year: Int, $index: Int, $start: Date, $end: Date) {\n    unitScorecard(unitId: $unitId, kindCode: $kindCode, year: $year, index: $index, start: $start, end: $end) {\n      unitId\n      unitName\n      periodLabel\n      periodStart\n      periodEnd\n      planOccurrencesOnTime {\n        ...ScorecardRateFields\n      }\n      paknOnTime {\n        ...ScorecardRateFields\n      }\n      recommendationsClosedOnTime {\n        ...ScorecardRateFields\n      }\n      reportsOnTime {\n        ...ScorecardRateFields\n      }\n      dossiersOnTime {\n        ...ScorecardRateFields\n      }\n      index {\n        month\n        total\n        maxTotal\n        rank\n        rankedUnits\n      }\n    }\n  }\n  fragment ScorecardRateFields on ScorecardRate {\n    numerator\n    denominator\n    rate\n  }\n": typeof types.UnitScorecardDocument,
    "\n  query Units($asOf: Date, $levelCode: String, $search: String) {\n    units(asOf: $asOf, levelCode: $levelCode, search: $search) {\n      id\n      code\n      name\n      # The name it bore on asOf: the tree of a past day reads as it was then.\n      nameAt(asOf: $asOf)\n      shortName\n      validFrom\n      validTo\n      level {\n        code\n        name\n        rank\n      }\n      parent(asOf: $asOf) {\n        id\n        nameAt(asOf: $asOf)\n      }\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  query UnitLevels {\n    unitLevels {\n      code\n      name\n      rank\n    }\n  }\n": typeof types.UnitLevelsDocument,
    "\n  query UnitsAsOf($asOf: Date) {\n    units(asOf: $asOf) {\n      id\n      nameAt(asOf: $asOf)\n      level {\n        code\n        rank\n      }\n    }\n  }\n": typeof types.UnitsAsOfDocument,
    "\n  query UnitName($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.UnitNameDocument,
    "\n  query UnitHistory($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n      shortName\n      alternativeNames\n      validFrom\n      validTo\n      level {\n        code\n        name\n      }\n      parent {\n        id\n        name\n      }\n      history {\n        name\n        shortName\n        levelCode\n        validFrom\n        validTo\n      }\n      currentSuccessors {\n        unit {\n          id\n          name\n        }\n        workKinds\n      }\n      parentHistory {\n        parent {\n          id\n          name\n        }\n        validFrom\n        validTo\n      }\n      predecessors {\n        unit {\n          id\n          name\n        }\n        workKinds\n        effectiveFrom\n        decisionNumber\n      }\n    }\n  }\n": typeof types.UnitHistoryDocument,
    "\n  query Lookup($code: String!, $secret: String!) {\n    lookupComplaint(trackingCode: $code, secret: $secret) {\n      trackingCode\n      statusText {\n        vi\n        en\n      }\n      receivedDay\n      answerDue\n      paused\n      answerText\n      answerDocumentNumber\n      answerDocumentDate\n      returnedReason\n      returnedGuidance\n      mergedIntoTrackingCode\n      canRate\n      rating {\n        satisfied\n        ratedAt\n      }\n    }\n  }\n": typeof types.LookupDocument,
    "\n  mutation RateAnswer($code: String!, $secret: String!, $satisfied: Boolean!, $comment: String) {\n    rateComplaintAnswer(trackingCode: $code, secret: $secret, satisfied: $satisfied, comment: $comment) {\n      satisfied\n      ratedAt\n    }\n  }\n": typeof types.RateAnswerDocument,
    "\n  query Published($search: String) {\n    publishedComplaints(search: $search, limit: 50) {\n      total\n      items {\n        trackingCode\n        field\n        regulation\n        question\n        answer\n        answerDocumentNumber\n        answerDocumentDate\n        publishedAt\n      }\n    }\n  }\n": typeof types.PublishedDocument,
    "\n  query PublicServiceQualityIndex($limit: Int, $offset: Int) {\n    publicServiceQualityIndex(limit: $limit, offset: $offset) {\n      month\n      total\n      items {\n        rank\n        unitId\n        unitName\n        total\n        maxTotal\n      }\n    }\n  }\n": typeof types.PublicServiceQualityIndexDocument,
    "\n  query PublicStatistics($year: Int!, $fromMonth: Int, $toMonth: Int, $limit: Int, $offset: Int) {\n    publicComplaintStatistics(year: $year, fromMonth: $fromMonth, toMonth: $toMonth, limit: $limit, offset: $offset) {\n      year\n      total\n      items {\n        month\n        unitId\n        unitName\n        received\n        answered\n        answeredOnTime\n        rated\n        satisfied\n        satisfactionRate\n      }\n    }\n  }\n": typeof types.PublicStatisticsDocument,
    "\n  query Challenge {\n    complaintChallenge {\n      nonce\n      difficulty\n    }\n  }\n": typeof types.ChallengeDocument,
    "\n  mutation Submit($input: SubmitComplaintInput!, $challenge: ChallengeSolution!) {\n    submitComplaint(input: $input, challenge: $challenge) {\n      trackingCode\n      secret\n      receivedDay\n      answerDue\n    }\n  }\n": typeof types.SubmitDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    username\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n    mustChangePassword\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment UserRowFields on User {\n    id\n    username\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n    mustChangePassword\n    active\n  }\n": types.UserRowFieldsFragmentDoc,
    "\n  query UserPage($search: String, $includeDeactivated: Boolean, $limit: Int, $offset: Int) {\n    userPage(search: $search, includeDeactivated: $includeDeactivated, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n": types.UserPageDocument,
    "\n  query UnitOptions {\n    units {\n      id\n      name\n    }\n  }\n": types.UnitOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserAccess($id: ID!, $roles: [Role!]!, $unitId: ID) {\n    setUserAccess(id: $id, roles: $roles, unitId: $unitId) {\n      ...UserRowFields\n    }\n  }\n": types.SetUserAccessDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  query Inbox($filter: ComplaintFilter, $sort: ComplaintSort, $limit: Int, $offset: Int) {\n    complaints(filter: $filter, sort: $sort, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        trackingCode\n        channel\n        receivedDay\n        status\n        statusText {\n          vi\n          en\n        }\n        dueStatus\n        regulation\n        due {\n          answer\n          handle\n        }\n        units {\n          name\n          lead\n        }\n        classification {\n          field\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  fragment ComplaintDetailFields on Complaint {\n    id\n    trackingCode\n    channel\n    receivedAt\n    receivedDay\n    status\n    statusText {\n      vi\n      en\n    }\n    regulation\n    content\n    classification {\n      kind\n      category\n      field\n      regulation\n      concernedUnitId\n    }\n    units {\n      unitId\n      name\n      lead\n    }\n    due {\n      classify\n      outOfScopeTransfer\n      handle\n      answer\n    }\n    dueStatus\n    extended\n    extensionReason\n    pauses {\n      from\n      to\n      reason\n    }\n    senderHidden\n    sender {\n      name\n      address\n      phone\n      email\n    }\n    answer {\n      id\n      unitId\n      text\n      documentNumber\n      documentDate\n      status\n      reviewReason\n    }\n    contributions {\n      unitId\n      text\n      at\n    }\n    publishedQuestion\n    publishedText\n    rating {\n      satisfied\n      ratedAt\n      comment\n    }\n    returnedReason\n    returnedGuidance\n    mergedInto {\n      id\n      trackingCode\n    }\n    attachments {\n      fileId\n      name\n      type\n      size\n      url\n    }\n    auditTrail {\n      at\n      actorId\n      action\n      reason\n      fromStatus\n      toStatus\n    }\n    duplicateSuggestions {\n      score\n      complaint {\n        id\n        trackingCode\n        regulation\n      }\n    }\n    allowedActions\n  }\n": types.ComplaintDetailFieldsFragmentDoc,
    "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.ComplaintDocument,
    "\n  query Review($id: ID!) {\n    complaintPublicationReview(id: $id) {\n      question\n      questionSpans {\n        start\n        end\n        kind\n      }\n      answer\n      answerSpans {\n        start\n        end\n        kind\n      }\n    }\n  }\n": types.ReviewDocument,
    "\n  mutation ExportRegister($from: Date!, $to: Date!) {\n    exportComplaintRegister(from: $from, to: $to) {\n      fileId\n      name\n      rows\n    }\n  }\n": types.ExportRegisterDocument,
    "\n  mutation Intake($input: IntakeComplaintInput!) {\n    intakeComplaint(input: $input) {\n      complaint {\n        id\n      }\n      receipt {\n        trackingCode\n        secret\n        receivedAt\n        receivedDay\n        answerDue\n      }\n    }\n  }\n": types.IntakeDocument,
    "\n  query AnswerTemplates($field: String) {\n    complaintAnswerTemplates(field: $field) {\n      id\n      field\n      title\n      text\n    }\n  }\n": types.AnswerTemplatesDocument,
    "\n  mutation CreateAnswerTemplate($input: AnswerTemplateInput!) {\n    createComplaintAnswerTemplate(input: $input) {\n      id\n    }\n  }\n": types.CreateAnswerTemplateDocument,
    "\n  mutation DeleteAnswerTemplate($id: ID!) {\n    deleteComplaintAnswerTemplate(id: $id)\n  }\n": types.DeleteAnswerTemplateDocument,
    "\n  query Retention {\n    complaintPersonalDataRetention {\n      months\n      min\n      max\n    }\n  }\n": types.RetentionDocument,
    "\n  mutation SetRetention($months: Int!) {\n    updateComplaintPersonalDataRetention(months: $months) {\n      months\n      min\n      max\n    }\n  }\n": types.SetRetentionDocument,
    "\n  mutation RevealSender($id: ID!, $reason: String!) {\n    revealComplaintSender(id: $id, reason: $reason) {\n      name\n      address\n      phone\n      email\n    }\n  }\n": types.RevealSenderDocument,
    "\n  mutation ReissueSecret($id: ID!, $reason: String!) {\n    reissueComplaintSecret(id: $id, reason: $reason) {\n      trackingCode\n      secret\n    }\n  }\n": types.ReissueSecretDocument,
    "\n  query ComplaintCountsByMonth($months: Int) {\n    complaintCountsByMonth(months: $months) {\n      month\n      received\n      handled\n      overdue\n    }\n  }\n": types.ComplaintCountsByMonthDocument,
    "\n  mutation ClassifyComplaint($id: ID!, $input: ClassifyInput!) {\n    classifyComplaint(id: $id, input: $input) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.ClassifyComplaintDocument,
    "\n  mutation TransferComplaint($id: ID!, $units: [AssignmentInput!]!) {\n    transferComplaint(id: $id, units: $units) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.TransferComplaintDocument,
    "\n  mutation DraftComplaintAnswer($id: ID!, $text: String!, $documentNumber: String!, $documentDate: Date!) {\n    draftComplaintAnswer(id: $id, text: $text, documentNumber: $documentNumber, documentDate: $documentDate) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.DraftComplaintAnswerDocument,
    "\n  mutation ContributeToComplaint($id: ID!, $text: String!) {\n    contributeToComplaint(id: $id, text: $text) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.ContributeToComplaintDocument,
    "\n  mutation ApproveComplaintAnswer($id: ID!, $reason: String) {\n    approveComplaintAnswer(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.ApproveComplaintAnswerDocument,
    "\n  mutation ReturnComplaintAnswer($id: ID!, $reason: String!) {\n    returnComplaintAnswer(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.ReturnComplaintAnswerDocument,
    "\n  mutation SendComplaintAnswer($id: ID!) {\n    sendComplaintAnswer(id: $id) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.SendComplaintAnswerDocument,
    "\n  mutation PublishComplaint($id: ID!, $publishedQuestion: String!, $publishedText: String!, $personalDataRemovedConfirmed: Boolean!) {\n    publishComplaint(\n      id: $id\n      publishedQuestion: $publishedQuestion\n      publishedText: $publishedText\n      personalDataRemovedConfirmed: $personalDataRemovedConfirmed\n    ) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.PublishComplaintDocument,
    "\n  mutation PauseComplaint($id: ID!, $reason: String!) {\n    pauseComplaint(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.PauseComplaintDocument,
    "\n  mutation ResumeComplaint($id: ID!, $reason: String) {\n    resumeComplaint(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.ResumeComplaintDocument,
    "\n  mutation ExtendComplaint($id: ID!, $reason: String!) {\n    extendComplaint(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.ExtendComplaintDocument,
    "\n  mutation ReturnComplaint($id: ID!, $reason: String!, $guidance: String!) {\n    returnComplaint(id: $id, reason: $reason, guidance: $guidance) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.ReturnComplaintDocument,
    "\n  mutation MergeComplaint($id: ID!, $intoId: ID!) {\n    mergeComplaint(id: $id, intoId: $intoId) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.MergeComplaintDocument,
    "\n  mutation CloseComplaint($id: ID!, $reason: String) {\n    closeComplaint(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n": types.CloseComplaintDocument,
    "\n  query HomeComplaints($filter: ComplaintFilter, $limit: Int) {\n    complaints(filter: $filter, sort: DEADLINE_ASC, limit: $limit) {\n      total\n      items {\n        id\n        trackingCode\n        regulation\n        statusText {\n          vi\n          en\n        }\n        currentDue\n        dueStatus\n      }\n    }\n  }\n": types.HomeComplaintsDocument,
    "\n  query HomeOccurrences($status: OccurrenceStatus, $overdue: Boolean, $limit: Int) {\n    myOccurrences(status: $status, overdue: $overdue, limit: $limit) {\n      id\n      label\n      dueDay\n      status\n      overdue\n      dueSoon\n      workingDaysLeft\n      task {\n        label\n        content\n      }\n      plan {\n        id\n        title\n      }\n    }\n  }\n": types.HomeOccurrencesDocument,
    "\n  query HomePlans {\n    plans {\n      id\n      title\n      status\n      unitPlanDeadline\n    }\n  }\n": types.HomePlansDocument,
    "\n  query HomeAwaitingReview($limit: Int) {\n    occurrencesAwaitingReview(limit: $limit) {\n      total\n      items {\n        id\n        label\n        unitName\n        task {\n          label\n        }\n        plan {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.HomeAwaitingReviewDocument,
    "\n  query InspectionsList($filter: InspectionFilter, $limit: Int, $offset: Int) {\n    inspections(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        unitName\n        type\n        focus\n        status\n        windowStart\n        windowEnd\n        startDay\n        endDay\n        selfAssessmentLate\n      }\n    }\n  }\n": types.InspectionsListDocument,
    "\n  query UnitOpenRecommendations($unitId: ID!, $limit: Int, $offset: Int) {\n    recommendations(unitId: $unitId, open: true, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...RecommendationFields\n      }\n    }\n  }\n": types.UnitOpenRecommendationsDocument,
    "\n  fragment InspectionPlanFields on InspectionPlan {\n    id\n    year\n    title\n    status\n    approvedAt\n    items {\n      id\n      order\n      unitId\n      unitName\n      periodKind\n      period\n      type\n      focus\n    }\n  }\n": types.InspectionPlanFieldsFragmentDoc,
    "\n  query InspectionPlans($year: Int) {\n    inspectionPlans(year: $year) {\n      ...InspectionPlanFields\n    }\n  }\n": types.InspectionPlansDocument,
    "\n  query InspectionPlan($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...InspectionPlanFields\n    }\n  }\n": types.InspectionPlanDocument,
    "\n  mutation CreateInspectionPlan($input: InspectionPlanInput!) {\n    createInspectionPlan(input: $input) {\n      id\n    }\n  }\n": types.CreateInspectionPlanDocument,
    "\n  mutation UpdateInspectionPlan($id: ID!, $input: InspectionPlanUpdateInput!) {\n    updateInspectionPlan(id: $id, input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n": types.UpdateInspectionPlanDocument,
    "\n  mutation ApproveInspectionPlan($id: ID!) {\n    approveInspectionPlan(id: $id) {\n      ...InspectionPlanFields\n    }\n  }\n": types.ApproveInspectionPlanDocument,
    "\n  query InspectionTeamCandidates {\n    users {\n      id\n      fullName\n      roles\n    }\n  }\n": types.InspectionTeamCandidatesDocument,
    "\n  fragment InspectionFileFields on InspectionFile {\n    id\n    name\n    url\n  }\n": types.InspectionFileFieldsFragmentDoc,
    "\n  fragment RecommendationFields on Recommendation {\n    id\n    inspectionId\n    findingId\n    text\n    responsibleUnitId\n    responsibleUnitName\n    dueDay\n    status\n    overdue\n    answer\n    answeredAt\n    answerFiles {\n      ...InspectionFileFields\n    }\n    returnReason\n    verifiedAt\n    carryOverReason\n  }\n": types.RecommendationFieldsFragmentDoc,
    "\n  fragment InspectionDetailFields on Inspection {\n    id\n    planId\n    unitId\n    unitName\n    type\n    focus\n    status\n    windowStart\n    windowEnd\n    startDay\n    endDay\n    decisionNumber\n    decisionDate\n    template {\n      name\n      version\n    }\n    selfAssessmentDue\n    selfSubmittedAt\n    selfAssessmentLate\n    conclusionNumber\n    concludedOn\n    conclusionNotice {\n      ...InspectionFileFields\n    }\n    closedAt\n    unitFigures {\n      from\n      to\n      complaintsReceived\n      complaintsOverdue\n      complaintsAnsweredLate\n      occurrencesOverdue\n      occurrencesDoneLate\n      lateReports\n    }\n    team {\n      userId\n      name\n      role\n    }\n    checklist {\n      code\n      name\n      criteria {\n        id\n        code\n        text\n        kind\n        maxScore\n        selfValue\n        selfNote\n        teamValue\n        teamNote\n        differs\n      }\n    }\n    findings {\n      id\n      criterionId\n      severity\n      description\n      recordedAt\n      recommendations {\n        ...RecommendationFields\n      }\n    }\n  }\n": types.InspectionDetailFieldsFragmentDoc,
    "\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionDetailFields\n    }\n  }\n": types.InspectionDocument,
    "\n  mutation FormInspectionTeam($id: ID!, $input: InspectionTeamInput!) {\n    formInspectionTeam(id: $id, input: $input) {\n      ...InspectionDetailFields\n    }\n  }\n": types.FormInspectionTeamDocument,
    "\n  mutation StartInspection($id: ID!) {\n    startInspection(id: $id) {\n      ...InspectionDetailFields\n    }\n  }\n": types.StartInspectionDocument,
    "\n  mutation RecordSelfAssessment($id: ID!, $answers: [ChecklistAnswerInput!]!, $submit: Boolean) {\n    recordSelfAssessment(id: $id, answers: $answers, submit: $submit) {\n      ...InspectionDetailFields\n    }\n  }\n": types.RecordSelfAssessmentDocument,
    "\n  mutation RecordTeamAssessment($id: ID!, $answers: [ChecklistAnswerInput!]!) {\n    recordTeamAssessment(id: $id, answers: $answers) {\n      ...InspectionDetailFields\n    }\n  }\n": types.RecordTeamAssessmentDocument,
    "\n  mutation ConcludeInspection($id: ID!, $input: ConclusionInput!) {\n    concludeInspection(id: $id, input: $input) {\n      ...InspectionDetailFields\n    }\n  }\n": types.ConcludeInspectionDocument,
    "\n  mutation CloseInspection($id: ID!) {\n    closeInspection(id: $id) {\n      ...InspectionDetailFields\n    }\n  }\n": types.CloseInspectionDocument,
    "\n  mutation ExportInspectionRecord($id: ID!) {\n    exportInspectionRecord(id: $id) {\n      ...InspectionFileFields\n    }\n  }\n": types.ExportInspectionRecordDocument,
    "\n  mutation RecordFinding($inspectionId: ID!, $input: FindingInput!) {\n    recordFinding(inspectionId: $inspectionId, input: $input) {\n      id\n    }\n  }\n": types.RecordFindingDocument,
    "\n  mutation IssueRecommendation($findingId: ID!, $input: RecommendationInput!) {\n    issueRecommendation(findingId: $findingId, input: $input) {\n      id\n    }\n  }\n": types.IssueRecommendationDocument,
    "\n  query Recommendations($status: RecommendationStatus, $limit: Int, $offset: Int) {\n    recommendations(status: $status, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...RecommendationFields\n      }\n    }\n  }\n": types.RecommendationsDocument,
    "\n  mutation AnswerRecommendation($id: ID!, $answer: String!) {\n    answerRecommendation(id: $id, answer: $answer) {\n      ...RecommendationFields\n    }\n  }\n": types.AnswerRecommendationDocument,
    "\n  mutation VerifyRecommendation($id: ID!, $accepted: Boolean!, $reason: String) {\n    verifyRecommendation(id: $id, accepted: $accepted, reason: $reason) {\n      ...RecommendationFields\n    }\n  }\n": types.VerifyRecommendationDocument,
    "\n  mutation CarryOverRecommendation($id: ID!, $reason: String!) {\n    carryOverRecommendation(id: $id, reason: $reason) {\n      ...RecommendationFields\n    }\n  }\n": types.CarryOverRecommendationDocument,
    "\n  query RiskRanking($asOf: Date, $first: Int, $after: String) {\n    riskRanking(asOf: $asOf, first: $first, after: $after) {\n      asOf\n      total\n      nextCursor\n      items {\n        unitId\n        unitName\n        score\n        reasons {\n          kind\n          count\n          weight\n        }\n      }\n    }\n  }\n": types.RiskRankingDocument,
    "\n  query RiskWeights {\n    riskWeights {\n      kind\n      weight\n      updatedAt\n    }\n  }\n": types.RiskWeightsDocument,
    "\n  mutation SetRiskWeights($weights: [RiskWeightInput!]!) {\n    setRiskWeights(weights: $weights) {\n      kind\n      weight\n      updatedAt\n    }\n  }\n": types.SetRiskWeightsDocument,
    "\n  mutation ScheduleSuggestedInspection($input: SuggestedInspectionInput!) {\n    scheduleSuggestedInspection(input: $input) {\n      id\n    }\n  }\n": types.ScheduleSuggestedInspectionDocument,
    "\n  query InspectionCalendar($year: Int!, $fromMonth: Int!, $toMonth: Int!) {\n    inspectionCalendar(year: $year, fromMonth: $fromMonth, toMonth: $toMonth) {\n      from\n      to\n      items {\n        inspection {\n          id\n          unitId\n          unitName\n          type\n          focus\n          status\n          windowStart\n          windowEnd\n          startDay\n          endDay\n        }\n        warnings {\n          kind\n          otherInspectionId\n          message\n        }\n      }\n    }\n  }\n": types.InspectionCalendarDocument,
    "\n  fragment ChecklistTemplateFields on ChecklistTemplate {\n    id\n    code\n    name\n    version\n    versionId\n    groups {\n      code\n      name\n      criteria {\n        code\n        text\n        kind\n        maxScore\n      }\n    }\n  }\n": types.ChecklistTemplateFieldsFragmentDoc,
    "\n  query ChecklistTemplates {\n    checklistTemplates {\n      ...ChecklistTemplateFields\n    }\n  }\n": types.ChecklistTemplatesDocument,
    "\n  mutation ReviseChecklistTemplate($id: ID!, $input: ChecklistTemplateInput!) {\n    reviseChecklistTemplate(id: $id, input: $input) {\n      ...ChecklistTemplateFields\n    }\n  }\n": types.ReviseChecklistTemplateDocument,
    "\n  query NotificationPage($unreadOnly: Boolean, $limit: Int, $offset: Int) {\n    myNotificationPage(unreadOnly: $unreadOnly, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.NotificationPageDocument,
    "\n  query UnreadNotificationCount {\n    myUnreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id)\n  }\n": types.MarkNotificationReadDocument,
    "\n  fragment ProgressFields on Progress {\n    total\n    done\n    inProgress\n    blocked\n    notStarted\n    overdue\n    percentDone\n  }\n": types.ProgressFieldsFragmentDoc,
    "\n  fragment PlanSummaryFields on Plan {\n    id\n    year\n    title\n    status\n    decisionNumber\n    decisionDate\n    unitPlanDeadline\n    taskCount\n    issuingUnit {\n      id\n      name\n    }\n    progress {\n      ...ProgressFields\n    }\n  }\n": types.PlanSummaryFieldsFragmentDoc,
    "\n  query Plans {\n    plans {\n      ...PlanSummaryFields\n    }\n  }\n": types.PlansDocument,
    "\n  mutation LinkTask($taskId: ID!, $kind: ActivityKind) {\n    linkTask(taskId: $taskId, kind: $kind) {\n      id\n      activityKind\n    }\n  }\n": types.LinkTaskDocument,
    "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      ...PlanSummaryFields\n      importWarnings {\n        code\n        message\n      }\n      sections {\n        id\n        number\n        title\n        progress {\n          ...ProgressFields\n        }\n        tasks {\n          id\n          label\n          number\n          content\n          timeframeText\n          expectedResult\n          resultItems\n          leadUnits {\n            writtenName\n            unitId\n            unitName\n          }\n          coordinatingUnits {\n            writtenName\n            unitId\n            unitName\n          }\n          activityKind\n          progress {\n            ...ProgressFields\n          }\n        }\n      }\n      unitProgress {\n        unitId\n        unitName\n        progress {\n          ...ProgressFields\n        }\n      }\n      unitPlans {\n        unitId\n        unitName\n        status\n        late\n      }\n    }\n  }\n": types.PlanDocument,
    "\n  mutation IssuePlan($id: ID!) {\n    issuePlan(id: $id) {\n      id\n      status\n    }\n  }\n": types.IssuePlanDocument,
    "\n  fragment OccurrenceFields on Occurrence {\n    id\n    label\n    dueDay\n    status\n    review\n    overdue\n    dueSoon\n    workingDaysLeft\n    unitId\n    unitName\n    sectionTitle\n    task {\n      id\n      label\n      content\n      timeframeText\n      expectedResult\n    }\n    plan {\n      id\n      title\n      year\n    }\n    reports {\n      id\n      status\n      note\n      evidenceNumber\n      evidenceDate\n      evidenceLink\n      fileIds\n      unitName\n      byCoordinatingUnit\n      bySystem\n      reviewState\n      reviewComment\n      createdAt\n    }\n  }\n": types.OccurrenceFieldsFragmentDoc,
    "\n  query MyOccurrences($status: OccurrenceStatus, $overdue: Boolean, $planId: ID) {\n    myOccurrences(status: $status, overdue: $overdue, planId: $planId) {\n      ...OccurrenceFields\n    }\n  }\n": types.MyOccurrencesDocument,
    "\n  query PlanOccurrences($planId: ID!, $filter: OccurrenceFilter) {\n    occurrences(planId: $planId, filter: $filter) {\n      ...OccurrenceFields\n    }\n  }\n": types.PlanOccurrencesDocument,
    "\n  mutation ReportProgress($id: ID!, $input: ProgressReportInput!) {\n    reportProgress(occurrenceId: $id, input: $input) {\n      id\n    }\n  }\n": types.ReportProgressDocument,
    "\n  mutation ReviewProgress($id: ID!, $decision: ReviewDecision!, $comment: String) {\n    reviewProgress(reportId: $id, decision: $decision, comment: $comment) {\n      id\n      reviewState\n    }\n  }\n": types.ReviewProgressDocument,
    "\n  query PreviewPlanImport($input: PlanDocumentInput!) {\n    previewPlanImport(input: $input) {\n      year\n      lastYear\n      title\n      unitPlanDeadline\n      unresolvedCount\n      issuingUnit {\n        id\n        name\n      }\n      decision {\n        number\n        date\n        issuer\n        signer\n      }\n      columns {\n        index\n        header\n        role\n      }\n      unitSplits {\n        text\n        names\n        alternatives\n        source\n        places {\n          sectionOrder\n          task\n          field\n        }\n      }\n      sections {\n        order\n        number\n        title\n      }\n      tasks {\n        sectionOrder\n        label\n        content\n        timeframeText\n        leadUnitNames\n        coordinatingUnitNames\n        expectedResult\n        resultItems\n        attributes {\n          name\n          value\n        }\n        timeframe {\n          unparsed\n          parts {\n            kind\n          }\n        }\n      }\n      warnings {\n        code\n        message\n      }\n      unitNames {\n        name\n        asLead\n        asCoordinating\n        resolved\n        source\n        unitId\n        unitName\n        rule\n        memberCount\n      }\n    }\n  }\n": types.PreviewPlanImportDocument,
    "\n  mutation ImportPlan($input: PlanDocumentInput!) {\n    importPlan(input: $input) {\n      id\n    }\n  }\n": types.ImportPlanDocument,
    "\n  fragment UnitPlanFields on UnitPlan {\n    id\n    unitId\n    unitName\n    status\n    title\n    body\n    items {\n      taskId\n      taskLabel\n      role\n      content\n      timeframeText\n      expectedResult\n    }\n    submittedOn\n    late\n    overdue\n    reviewComment\n  }\n": types.UnitPlanFieldsFragmentDoc,
    "\n  query UnitPlanBoard($planId: ID!) {\n    unitPlanBoard(planId: $planId) {\n      deadline\n      counts {\n        missing\n        draft\n        submitted\n        accepted\n        returned\n        late\n        overdue\n      }\n      rows {\n        ...UnitPlanFields\n      }\n    }\n  }\n": types.UnitPlanBoardDocument,
    "\n  query MyUnitPlan($planId: ID!) {\n    myUnitPlan(planId: $planId) {\n      ...UnitPlanFields\n    }\n    plan(id: $planId) {\n      id\n      title\n      year\n      unitPlanDeadline\n    }\n  }\n": types.MyUnitPlanDocument,
    "\n  mutation GenerateUnitPlanDraft($planId: ID!) {\n    generateUnitPlanDraft(planId: $planId) {\n      ...UnitPlanFields\n    }\n  }\n": types.GenerateUnitPlanDraftDocument,
    "\n  mutation UpdateUnitPlanDraft($planId: ID!, $input: UnitPlanDraftInput!) {\n    updateUnitPlanDraft(planId: $planId, input: $input) {\n      ...UnitPlanFields\n    }\n  }\n": types.UpdateUnitPlanDraftDocument,
    "\n  mutation SubmitUnitPlan($planId: ID!) {\n    submitUnitPlan(planId: $planId) {\n      ...UnitPlanFields\n    }\n  }\n": types.SubmitUnitPlanDocument,
    "\n  mutation ReviewUnitPlan($planId: ID!, $unitId: ID!, $decision: ReviewDecision!, $comment: String) {\n    reviewUnitPlan(planId: $planId, unitId: $unitId, decision: $decision, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.ReviewUnitPlanDocument,
    "\n  query FocalOfficers {\n    focalOfficers {\n      unitId\n      unitName\n      current {\n        name\n        position\n        phone\n        email\n      }\n      history {\n        id\n        decisionNumber\n        decisionDate\n        officers {\n          name\n          position\n          phone\n          email\n        }\n      }\n    }\n  }\n": types.FocalOfficersDocument,
    "\n  mutation ChangeFocalOfficers($unitId: ID!, $input: FocalOfficerChangeInput!) {\n    changeFocalOfficers(unitId: $unitId, input: $input) {\n      id\n    }\n  }\n": types.ChangeFocalOfficersDocument,
    "\n  mutation ExportPlanDocx($planId: ID!) {\n    exportPlanDocx(planId: $planId) {\n      id\n      name\n      url\n    }\n  }\n": types.ExportPlanDocxDocument,
    "\n  query QuarterTimeline($planId: ID!) {\n    quarterTimeline(planId: $planId) {\n      unitId\n      unitName\n      quarters {\n        year\n        quarter\n        total\n        done\n        overdue\n      }\n    }\n  }\n": types.QuarterTimelineDocument,
    "\n  query ReorganisationDecisions($limit: Int, $offset: Int) {\n    reorganisationDecisions(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        number\n        signedOn\n        effectiveFrom\n        status\n        failure\n      }\n    }\n  }\n": types.ReorganisationDecisionsDocument,
    "\n  query ReorganisationDecision($id: ID!) {\n    reorganisationDecision(id: $id) {\n      id\n      number\n      signedOn\n      effectiveFrom\n      status\n      failure\n      appliedAt\n      changesJson\n    }\n  }\n": types.ReorganisationDecisionDocument,
    "\n  query ReorganisationPreview($id: ID!) {\n    reorganisationPreview(id: $id) {\n      newUnitNames\n      successions {\n        predecessor {\n          id\n          name\n          planningWorkToMove {\n            what\n            count\n          }\n          complaintsWorkToMove {\n            what\n            count\n          }\n          inspectionsWorkToMove {\n            what\n            count\n          }\n          reportingWorkToMove {\n            what\n            count\n          }\n        }\n        successorId\n        successorName\n        workKinds\n      }\n      counts {\n        service\n        what\n        unit {\n          id\n        }\n        count\n      }\n    }\n  }\n": types.ReorganisationPreviewDocument,
    "\n  mutation CreateReorganisationDecision($input: ReorganisationDecisionInput!) {\n    createReorganisationDecision(input: $input) {\n      id\n    }\n  }\n": types.CreateReorganisationDecisionDocument,
    "\n  mutation ScheduleReorganisationDecision($id: ID!) {\n    scheduleReorganisationDecision(id: $id) {\n      id\n      status\n    }\n  }\n": types.ScheduleReorganisationDecisionDocument,
    "\n  query ReportingDashboard($from: Date!, $to: Date!, $first: Int) {\n    reportingDashboard(from: $from, to: $to, first: $first) {\n      from\n      to\n      unitId\n      planProgress {\n        total\n        items {\n          unitId\n          unitName\n          doneOnTime\n          doneLate\n          openOverdue\n        }\n      }\n      complaintsByMonth {\n        month\n        received\n        handled\n        overdue\n      }\n      complaintsByUnit {\n        total\n        items {\n          unitId\n          unitName\n          received\n          handled\n          overdue\n        }\n      }\n      dossiers {\n        total\n        items {\n          unitId\n          unitName\n          onTime\n          late\n          onTimeRate\n        }\n      }\n      inspections {\n        total\n        items {\n          unitId\n          unitName\n          concluded\n          recommendationsOpen\n          recommendationsOverdue\n        }\n      }\n    }\n  }\n": types.ReportingDashboardDocument,
    "\n  query DashboardIndex($month: String!, $first: Int, $offset: Int) {\n    serviceQualityIndex(month: $month, first: $first, offset: $offset) {\n      total\n      items {\n        unitId\n        unitName\n        total\n        rank\n        rankedUnits\n      }\n    }\n  }\n": types.DashboardIndexDocument,
    "\n  query DashboardPlans {\n    plans {\n      id\n      year\n      lastYear\n      title\n      status\n    }\n  }\n": types.DashboardPlansDocument,
    "\n  query DashboardPlanSections($id: ID!) {\n    plan(id: $id) {\n      id\n      sections {\n        id\n        number\n        title\n        progress {\n          total\n          percentDone\n        }\n      }\n    }\n  }\n": types.DashboardPlanSectionsDocument,
    "\n  query DossierResolutions($unitId: ID!, $from: Date!, $to: Date!, $outcome: DossierOutcome!, $first: Int, $offset: Int) {\n    dossierResolutions(unitId: $unitId, from: $from, to: $to, outcome: $outcome, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        dossierCode\n        step\n        day\n        timeliness\n      }\n    }\n  }\n": types.DossierResolutionsDocument,
    "\n  query FigureRecords($figure: DashboardFigure!, $unitId: ID, $from: Date!, $to: Date!, $first: Int, $offset: Int) {\n    figureRecords(figure: $figure, unitId: $unitId, from: $from, to: $to, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        day\n        occurrence {\n          id\n          label\n          dueDay\n          status\n          review\n          unitName\n          task {\n            id\n            label\n          }\n          plan {\n            id\n            title\n          }\n        }\n        complaint {\n          id\n          trackingCode\n          receivedDay\n          currentDue\n          statusText {\n            vi\n            en\n          }\n        }\n        inspection {\n          id\n          focus\n          type\n          status\n          unitName\n        }\n        recommendation {\n          id\n          inspectionId\n          text\n          dueDay\n          status\n          responsibleUnitName\n        }\n      }\n    }\n  }\n": types.FigureRecordsDocument,
    "\n  fragment DossierImportFields on DossierImport {\n    id\n    fileName\n    status\n    total\n    processed\n    imported\n    duplicates\n    rejected\n    failure\n    createdAt\n    finishedAt\n  }\n": types.DossierImportFieldsFragmentDoc,
    "\n  query DossierImports($first: Int, $offset: Int) {\n    dossierImports(first: $first, offset: $offset) {\n      total\n      items {\n        ...DossierImportFields\n      }\n    }\n  }\n": types.DossierImportsDocument,
    "\n  query DossierImport($id: ID!) {\n    dossierImport(id: $id) {\n      ...DossierImportFields\n    }\n  }\n": types.DossierImportDocument,
    "\n  query DossierImportRejections($importId: ID!, $first: Int, $offset: Int) {\n    dossierImportRejections(importId: $importId, first: $first, offset: $offset) {\n      total\n      items {\n        row\n        cells\n        reason\n      }\n    }\n  }\n": types.DossierImportRejectionsDocument,
    "\n  query DossierImportRejectionReport($importId: ID!) {\n    dossierImportRejectionReport(importId: $importId) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": types.DossierImportRejectionReportDocument,
    "\n  query DossierImportTemplate($format: DossierTemplateFormat!) {\n    dossierImportTemplate(format: $format) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": types.DossierImportTemplateDocument,
    "\n  mutation ImportDossierFile($fileName: String!, $contentBase64: String!) {\n    importDossierFile(fileName: $fileName, contentBase64: $contentBase64) {\n      ...DossierImportFields\n    }\n  }\n": types.ImportDossierFileDocument,
    "\n  query ServiceQualityIndex($month: String!, $first: Int, $offset: Int) {\n    serviceQualityIndex(month: $month, first: $first, offset: $offset) {\n      month\n      hasFigures\n      total\n      items {\n        month\n        unitId\n        unitName\n        total\n        maxTotal\n        rank\n        rankedUnits\n        previousTotal\n        previousRank\n        change\n        trend\n        indicators {\n          indicator {\n            code\n            groupName\n            groupNameEn\n            name\n            nameEn\n            manual\n            target\n            maxPoints\n            source\n          }\n          numerator\n          denominator\n          rate\n          points\n          pointsLost\n          valueSource\n        }\n        pointsLost {\n          indicator {\n            code\n          }\n          pointsLost\n        }\n      }\n    }\n  }\n": types.ServiceQualityIndexDocument,
    "\n  query UnitServiceQuality($unitId: ID!, $fromMonth: String!, $toMonth: String!) {\n    unitServiceQuality(unitId: $unitId, fromMonth: $fromMonth, toMonth: $toMonth) {\n      month\n      total\n      rank\n    }\n  }\n": types.UnitServiceQualityDocument,
    "\n  query IndexIndicators {\n    indexIndicators {\n      code\n      name\n      nameEn\n      manual\n    }\n  }\n": types.IndexIndicatorsDocument,
    "\n  mutation RecordIndexIndicator(\n    $unitId: ID!\n    $month: String!\n    $indicatorCode: String!\n    $numerator: Int!\n    $denominator: Int!\n    $source: String!\n  ) {\n    recordIndexIndicator(\n      unitId: $unitId\n      month: $month\n      indicatorCode: $indicatorCode\n      numerator: $numerator\n      denominator: $denominator\n      source: $source\n    ) {\n      unitId\n      month\n      total\n    }\n  }\n": types.RecordIndexIndicatorDocument,
    "\n  query ReportKinds {\n    reportKinds {\n      code\n      nameText {\n        vi\n        en\n      }\n      periodKind\n      cutoffDay\n      deadlineWorkingDays\n      source\n    }\n  }\n": types.ReportKindsDocument,
    "\n  query ReportCompleteness($kindCode: String!, $periodKey: String!) {\n    reportCompleteness(kindCode: $kindCode, periodKey: $periodKey) {\n      expected\n      submitted\n      accepted\n      onTime\n      late\n      missing\n      locked\n    }\n  }\n": types.ReportCompletenessDocument,
    "\n  query UnitReports($kindCode: String, $periodKey: String, $status: String, $first: Int, $offset: Int) {\n    unitReports(kindCode: $kindCode, periodKey: $periodKey, status: $status, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        unitId\n        unit {\n          id\n          name\n        }\n        periodLabel\n        deadline\n        status\n        locked\n        submittedOn\n        submittedLate\n        exceptionUntil\n      }\n    }\n  }\n": types.UnitReportsDocument,
    "\n  fragment UnitReportFields on UnitReport {\n    id\n    kindCode\n    periodKey\n    periodLabel\n    periodStart\n    periodEnd\n    deadline\n    unitId\n    unit {\n      id\n      name\n    }\n    status\n    locked\n    narrative\n    submittedOn\n    submittedLate\n    reviewComment\n    exceptionUntil\n    heldByUnitId\n    figures {\n      code\n      groupName\n      label\n      projected\n      value\n      correctionReason\n    }\n    allowedActions\n  }\n": types.UnitReportFieldsFragmentDoc,
    "\n  query UnitReport($id: ID!) {\n    unitReport(id: $id) {\n      ...UnitReportFields\n    }\n  }\n": types.UnitReportDocument,
    "\n  mutation GenerateExpectedReports($kindCode: String!, $year: Int, $index: Int, $start: Date, $end: Date) {\n    generateExpectedReports(kindCode: $kindCode, year: $year, index: $index, start: $start, end: $end)\n  }\n": types.GenerateExpectedReportsDocument,
    "\n  mutation SaveReportNarrative($id: ID!, $narrative: String!) {\n    saveReportNarrative(id: $id, narrative: $narrative) {\n      ...UnitReportFields\n    }\n  }\n": types.SaveReportNarrativeDocument,
    "\n  mutation CorrectReportFigure($id: ID!, $indicatorCode: String!, $value: Int!, $reason: String!) {\n    correctReportFigure(id: $id, indicatorCode: $indicatorCode, value: $value, reason: $reason) {\n      ...UnitReportFields\n    }\n  }\n": types.CorrectReportFigureDocument,
    "\n  mutation SubmitUnitReport($id: ID!) {\n    submitUnitReport(id: $id) {\n      ...UnitReportFields\n    }\n  }\n": types.SubmitUnitReportDocument,
    "\n  mutation AcceptUnitReport($id: ID!, $comment: String) {\n    acceptUnitReport(id: $id, comment: $comment) {\n      ...UnitReportFields\n    }\n  }\n": types.AcceptUnitReportDocument,
    "\n  mutation ReturnUnitReport($id: ID!, $comment: String!) {\n    returnUnitReport(id: $id, comment: $comment) {\n      ...UnitReportFields\n    }\n  }\n": types.ReturnUnitReportDocument,
    "\n  mutation GrantReportException($id: ID!, $until: Date!) {\n    grantReportException(id: $id, until: $until) {\n      ...UnitReportFields\n    }\n  }\n": types.GrantReportExceptionDocument,
    "\n  query CityReports($kindCode: String!, $periodKey: String!, $first: Int, $offset: Int) {\n    cityReports(kindCode: $kindCode, periodKey: $periodKey, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        number\n        issuedOn\n        expected\n        received\n        accepted\n        docx {\n          id\n          name\n          url\n        }\n        xlsx {\n          id\n          name\n          url\n        }\n      }\n    }\n  }\n": types.CityReportsDocument,
    "\n  mutation IssueCityReport($kindCode: String!, $periodKey: String!) {\n    issueCityReport(kindCode: $kindCode, periodKey: $periodKey) {\n      id\n      number\n    }\n  }\n": types.IssueCityReportDocument,
    "\n  query UnitScorecard($unitId: ID!, $kindCode: String!, $year: Int, $index: Int, $start: Date, $end: Date) {\n    unitScorecard(unitId: $unitId, kindCode: $kindCode, year: $year, index: $index, start: $start, end: $end) {\n      unitId\n      unitName\n      periodLabel\n      periodStart\n      periodEnd\n      planOccurrencesOnTime {\n        ...ScorecardRateFields\n      }\n      paknOnTime {\n        ...ScorecardRateFields\n      }\n      recommendationsClosedOnTime {\n        ...ScorecardRateFields\n      }\n      reportsOnTime {\n        ...ScorecardRateFields\n      }\n      dossiersOnTime {\n        ...ScorecardRateFields\n      }\n      index {\n        month\n        total\n        maxTotal\n        rank\n        rankedUnits\n      }\n    }\n  }\n  fragment ScorecardRateFields on ScorecardRate {\n    numerator\n    denominator\n    rate\n  }\n": types.UnitScorecardDocument,
    "\n  query Units($asOf: Date, $levelCode: String, $search: String) {\n    units(asOf: $asOf, levelCode: $levelCode, search: $search) {\n      id\n      code\n      name\n      # The name it bore on asOf: the tree of a past day reads as it was then.\n      nameAt(asOf: $asOf)\n      shortName\n      validFrom\n      validTo\n      level {\n        code\n        name\n        rank\n      }\n      parent(asOf: $asOf) {\n        id\n        nameAt(asOf: $asOf)\n      }\n    }\n  }\n": types.UnitsDocument,
    "\n  query UnitLevels {\n    unitLevels {\n      code\n      name\n      rank\n    }\n  }\n": types.UnitLevelsDocument,
    "\n  query UnitsAsOf($asOf: Date) {\n    units(asOf: $asOf) {\n      id\n      nameAt(asOf: $asOf)\n      level {\n        code\n        rank\n      }\n    }\n  }\n": types.UnitsAsOfDocument,
    "\n  query UnitName($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n    }\n  }\n": types.UnitNameDocument,
    "\n  query UnitHistory($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n      shortName\n      alternativeNames\n      validFrom\n      validTo\n      level {\n        code\n        name\n      }\n      parent {\n        id\n        name\n      }\n      history {\n        name\n        shortName\n        levelCode\n        validFrom\n        validTo\n      }\n      currentSuccessors {\n        unit {\n          id\n          name\n        }\n        workKinds\n      }\n      parentHistory {\n        parent {\n          id\n          name\n        }\n        validFrom\n        validTo\n      }\n      predecessors {\n        unit {\n          id\n          name\n        }\n        workKinds\n        effectiveFrom\n        decisionNumber\n      }\n    }\n  }\n": types.UnitHistoryDocument,
    "\n  query Lookup($code: String!, $secret: String!) {\n    lookupComplaint(trackingCode: $code, secret: $secret) {\n      trackingCode\n      statusText {\n        vi\n        en\n      }\n      receivedDay\n      answerDue\n      paused\n      answerText\n      answerDocumentNumber\n      answerDocumentDate\n      returnedReason\n      returnedGuidance\n      mergedIntoTrackingCode\n      canRate\n      rating {\n        satisfied\n        ratedAt\n      }\n    }\n  }\n": types.LookupDocument,
    "\n  mutation RateAnswer($code: String!, $secret: String!, $satisfied: Boolean!, $comment: String) {\n    rateComplaintAnswer(trackingCode: $code, secret: $secret, satisfied: $satisfied, comment: $comment) {\n      satisfied\n      ratedAt\n    }\n  }\n": types.RateAnswerDocument,
    "\n  query Published($search: String) {\n    publishedComplaints(search: $search, limit: 50) {\n      total\n      items {\n        trackingCode\n        field\n        regulation\n        question\n        answer\n        answerDocumentNumber\n        answerDocumentDate\n        publishedAt\n      }\n    }\n  }\n": types.PublishedDocument,
    "\n  query PublicServiceQualityIndex($limit: Int, $offset: Int) {\n    publicServiceQualityIndex(limit: $limit, offset: $offset) {\n      month\n      total\n      items {\n        rank\n        unitId\n        unitName\n        total\n        maxTotal\n      }\n    }\n  }\n": types.PublicServiceQualityIndexDocument,
    "\n  query PublicStatistics($year: Int!, $fromMonth: Int, $toMonth: Int, $limit: Int, $offset: Int) {\n    publicComplaintStatistics(year: $year, fromMonth: $fromMonth, toMonth: $toMonth, limit: $limit, offset: $offset) {\n      year\n      total\n      items {\n        month\n        unitId\n        unitName\n        received\n        answered\n        answeredOnTime\n        rated\n        satisfied\n        satisfactionRate\n      }\n    }\n  }\n": types.PublicStatisticsDocument,
    "\n  query Challenge {\n    complaintChallenge {\n      nonce\n      difficulty\n    }\n  }\n": types.ChallengeDocument,
    "\n  mutation Submit($input: SubmitComplaintInput!, $challenge: ChallengeSolution!) {\n    submitComplaint(input: $input, challenge: $challenge) {\n      trackingCode\n      secret\n      receivedDay\n      answerDue\n    }\n  }\n": types.SubmitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    username\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n    mustChangePassword\n  }\n"): typeof import('./graphql').SessionUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n"): typeof import('./graphql').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRowFields on User {\n    id\n    username\n    fullName\n    roles\n    unit {\n      id\n      name\n    }\n    mustChangePassword\n    active\n  }\n"): typeof import('./graphql').UserRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserPage($search: String, $includeDeactivated: Boolean, $limit: Int, $offset: Int) {\n    userPage(search: $search, includeDeactivated: $includeDeactivated, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n"): typeof import('./graphql').UserPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitOptions {\n    units {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UnitOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserAccess($id: ID!, $roles: [Role!]!, $unitId: ID) {\n    setUserAccess(id: $id, roles: $roles, unitId: $unitId) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').SetUserAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').ReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($filter: ComplaintFilter, $sort: ComplaintSort, $limit: Int, $offset: Int) {\n    complaints(filter: $filter, sort: $sort, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        trackingCode\n        channel\n        receivedDay\n        status\n        statusText {\n          vi\n          en\n        }\n        dueStatus\n        regulation\n        due {\n          answer\n          handle\n        }\n        units {\n          name\n          lead\n        }\n        classification {\n          field\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintDetailFields on Complaint {\n    id\n    trackingCode\n    channel\n    receivedAt\n    receivedDay\n    status\n    statusText {\n      vi\n      en\n    }\n    regulation\n    content\n    classification {\n      kind\n      category\n      field\n      regulation\n      concernedUnitId\n    }\n    units {\n      unitId\n      name\n      lead\n    }\n    due {\n      classify\n      outOfScopeTransfer\n      handle\n      answer\n    }\n    dueStatus\n    extended\n    extensionReason\n    pauses {\n      from\n      to\n      reason\n    }\n    senderHidden\n    sender {\n      name\n      address\n      phone\n      email\n    }\n    answer {\n      id\n      unitId\n      text\n      documentNumber\n      documentDate\n      status\n      reviewReason\n    }\n    contributions {\n      unitId\n      text\n      at\n    }\n    publishedQuestion\n    publishedText\n    rating {\n      satisfied\n      ratedAt\n      comment\n    }\n    returnedReason\n    returnedGuidance\n    mergedInto {\n      id\n      trackingCode\n    }\n    attachments {\n      fileId\n      name\n      type\n      size\n      url\n    }\n    auditTrail {\n      at\n      actorId\n      action\n      reason\n      fromStatus\n      toStatus\n    }\n    duplicateSuggestions {\n      score\n      complaint {\n        id\n        trackingCode\n        regulation\n      }\n    }\n    allowedActions\n  }\n"): typeof import('./graphql').ComplaintDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').ComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Review($id: ID!) {\n    complaintPublicationReview(id: $id) {\n      question\n      questionSpans {\n        start\n        end\n        kind\n      }\n      answer\n      answerSpans {\n        start\n        end\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportRegister($from: Date!, $to: Date!) {\n    exportComplaintRegister(from: $from, to: $to) {\n      fileId\n      name\n      rows\n    }\n  }\n"): typeof import('./graphql').ExportRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Intake($input: IntakeComplaintInput!) {\n    intakeComplaint(input: $input) {\n      complaint {\n        id\n      }\n      receipt {\n        trackingCode\n        secret\n        receivedAt\n        receivedDay\n        answerDue\n      }\n    }\n  }\n"): typeof import('./graphql').IntakeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnswerTemplates($field: String) {\n    complaintAnswerTemplates(field: $field) {\n      id\n      field\n      title\n      text\n    }\n  }\n"): typeof import('./graphql').AnswerTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAnswerTemplate($input: AnswerTemplateInput!) {\n    createComplaintAnswerTemplate(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateAnswerTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnswerTemplate($id: ID!) {\n    deleteComplaintAnswerTemplate(id: $id)\n  }\n"): typeof import('./graphql').DeleteAnswerTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Retention {\n    complaintPersonalDataRetention {\n      months\n      min\n      max\n    }\n  }\n"): typeof import('./graphql').RetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRetention($months: Int!) {\n    updateComplaintPersonalDataRetention(months: $months) {\n      months\n      min\n      max\n    }\n  }\n"): typeof import('./graphql').SetRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealSender($id: ID!, $reason: String!) {\n    revealComplaintSender(id: $id, reason: $reason) {\n      name\n      address\n      phone\n      email\n    }\n  }\n"): typeof import('./graphql').RevealSenderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueSecret($id: ID!, $reason: String!) {\n    reissueComplaintSecret(id: $id, reason: $reason) {\n      trackingCode\n      secret\n    }\n  }\n"): typeof import('./graphql').ReissueSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintCountsByMonth($months: Int) {\n    complaintCountsByMonth(months: $months) {\n      month\n      received\n      handled\n      overdue\n    }\n  }\n"): typeof import('./graphql').ComplaintCountsByMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClassifyComplaint($id: ID!, $input: ClassifyInput!) {\n    classifyComplaint(id: $id, input: $input) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').ClassifyComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferComplaint($id: ID!, $units: [AssignmentInput!]!) {\n    transferComplaint(id: $id, units: $units) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').TransferComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftComplaintAnswer($id: ID!, $text: String!, $documentNumber: String!, $documentDate: Date!) {\n    draftComplaintAnswer(id: $id, text: $text, documentNumber: $documentNumber, documentDate: $documentDate) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').DraftComplaintAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContributeToComplaint($id: ID!, $text: String!) {\n    contributeToComplaint(id: $id, text: $text) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').ContributeToComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveComplaintAnswer($id: ID!, $reason: String) {\n    approveComplaintAnswer(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').ApproveComplaintAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnComplaintAnswer($id: ID!, $reason: String!) {\n    returnComplaintAnswer(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').ReturnComplaintAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendComplaintAnswer($id: ID!) {\n    sendComplaintAnswer(id: $id) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').SendComplaintAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishComplaint($id: ID!, $publishedQuestion: String!, $publishedText: String!, $personalDataRemovedConfirmed: Boolean!) {\n    publishComplaint(\n      id: $id\n      publishedQuestion: $publishedQuestion\n      publishedText: $publishedText\n      personalDataRemovedConfirmed: $personalDataRemovedConfirmed\n    ) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').PublishComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseComplaint($id: ID!, $reason: String!) {\n    pauseComplaint(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').PauseComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeComplaint($id: ID!, $reason: String) {\n    resumeComplaint(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').ResumeComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendComplaint($id: ID!, $reason: String!) {\n    extendComplaint(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').ExtendComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnComplaint($id: ID!, $reason: String!, $guidance: String!) {\n    returnComplaint(id: $id, reason: $reason, guidance: $guidance) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').ReturnComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeComplaint($id: ID!, $intoId: ID!) {\n    mergeComplaint(id: $id, intoId: $intoId) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').MergeComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseComplaint($id: ID!, $reason: String) {\n    closeComplaint(id: $id, reason: $reason) {\n      ...ComplaintDetailFields\n    }\n  }\n"): typeof import('./graphql').CloseComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeComplaints($filter: ComplaintFilter, $limit: Int) {\n    complaints(filter: $filter, sort: DEADLINE_ASC, limit: $limit) {\n      total\n      items {\n        id\n        trackingCode\n        regulation\n        statusText {\n          vi\n          en\n        }\n        currentDue\n        dueStatus\n      }\n    }\n  }\n"): typeof import('./graphql').HomeComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOccurrences($status: OccurrenceStatus, $overdue: Boolean, $limit: Int) {\n    myOccurrences(status: $status, overdue: $overdue, limit: $limit) {\n      id\n      label\n      dueDay\n      status\n      overdue\n      dueSoon\n      workingDaysLeft\n      task {\n        label\n        content\n      }\n      plan {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').HomeOccurrencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePlans {\n    plans {\n      id\n      title\n      status\n      unitPlanDeadline\n    }\n  }\n"): typeof import('./graphql').HomePlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeAwaitingReview($limit: Int) {\n    occurrencesAwaitingReview(limit: $limit) {\n      total\n      items {\n        id\n        label\n        unitName\n        task {\n          label\n        }\n        plan {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HomeAwaitingReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionsList($filter: InspectionFilter, $limit: Int, $offset: Int) {\n    inspections(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        unitName\n        type\n        focus\n        status\n        windowStart\n        windowEnd\n        startDay\n        endDay\n        selfAssessmentLate\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitOpenRecommendations($unitId: ID!, $limit: Int, $offset: Int) {\n    recommendations(unitId: $unitId, open: true, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...RecommendationFields\n      }\n    }\n  }\n"): typeof import('./graphql').UnitOpenRecommendationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectionPlanFields on InspectionPlan {\n    id\n    year\n    title\n    status\n    approvedAt\n    items {\n      id\n      order\n      unitId\n      unitName\n      periodKind\n      period\n      type\n      focus\n    }\n  }\n"): typeof import('./graphql').InspectionPlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionPlans($year: Int) {\n    inspectionPlans(year: $year) {\n      ...InspectionPlanFields\n    }\n  }\n"): typeof import('./graphql').InspectionPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionPlan($id: ID!) {\n    inspectionPlan(id: $id) {\n      ...InspectionPlanFields\n    }\n  }\n"): typeof import('./graphql').InspectionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInspectionPlan($input: InspectionPlanInput!) {\n    createInspectionPlan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateInspectionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInspectionPlan($id: ID!, $input: InspectionPlanUpdateInput!) {\n    updateInspectionPlan(id: $id, input: $input) {\n      ...InspectionPlanFields\n    }\n  }\n"): typeof import('./graphql').UpdateInspectionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveInspectionPlan($id: ID!) {\n    approveInspectionPlan(id: $id) {\n      ...InspectionPlanFields\n    }\n  }\n"): typeof import('./graphql').ApproveInspectionPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionTeamCandidates {\n    users {\n      id\n      fullName\n      roles\n    }\n  }\n"): typeof import('./graphql').InspectionTeamCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectionFileFields on InspectionFile {\n    id\n    name\n    url\n  }\n"): typeof import('./graphql').InspectionFileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationFields on Recommendation {\n    id\n    inspectionId\n    findingId\n    text\n    responsibleUnitId\n    responsibleUnitName\n    dueDay\n    status\n    overdue\n    answer\n    answeredAt\n    answerFiles {\n      ...InspectionFileFields\n    }\n    returnReason\n    verifiedAt\n    carryOverReason\n  }\n"): typeof import('./graphql').RecommendationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InspectionDetailFields on Inspection {\n    id\n    planId\n    unitId\n    unitName\n    type\n    focus\n    status\n    windowStart\n    windowEnd\n    startDay\n    endDay\n    decisionNumber\n    decisionDate\n    template {\n      name\n      version\n    }\n    selfAssessmentDue\n    selfSubmittedAt\n    selfAssessmentLate\n    conclusionNumber\n    concludedOn\n    conclusionNotice {\n      ...InspectionFileFields\n    }\n    closedAt\n    unitFigures {\n      from\n      to\n      complaintsReceived\n      complaintsOverdue\n      complaintsAnsweredLate\n      occurrencesOverdue\n      occurrencesDoneLate\n      lateReports\n    }\n    team {\n      userId\n      name\n      role\n    }\n    checklist {\n      code\n      name\n      criteria {\n        id\n        code\n        text\n        kind\n        maxScore\n        selfValue\n        selfNote\n        teamValue\n        teamNote\n        differs\n      }\n    }\n    findings {\n      id\n      criterionId\n      severity\n      description\n      recordedAt\n      recommendations {\n        ...RecommendationFields\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionDetailFields\n    }\n  }\n"): typeof import('./graphql').InspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FormInspectionTeam($id: ID!, $input: InspectionTeamInput!) {\n    formInspectionTeam(id: $id, input: $input) {\n      ...InspectionDetailFields\n    }\n  }\n"): typeof import('./graphql').FormInspectionTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartInspection($id: ID!) {\n    startInspection(id: $id) {\n      ...InspectionDetailFields\n    }\n  }\n"): typeof import('./graphql').StartInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSelfAssessment($id: ID!, $answers: [ChecklistAnswerInput!]!, $submit: Boolean) {\n    recordSelfAssessment(id: $id, answers: $answers, submit: $submit) {\n      ...InspectionDetailFields\n    }\n  }\n"): typeof import('./graphql').RecordSelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTeamAssessment($id: ID!, $answers: [ChecklistAnswerInput!]!) {\n    recordTeamAssessment(id: $id, answers: $answers) {\n      ...InspectionDetailFields\n    }\n  }\n"): typeof import('./graphql').RecordTeamAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcludeInspection($id: ID!, $input: ConclusionInput!) {\n    concludeInspection(id: $id, input: $input) {\n      ...InspectionDetailFields\n    }\n  }\n"): typeof import('./graphql').ConcludeInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseInspection($id: ID!) {\n    closeInspection(id: $id) {\n      ...InspectionDetailFields\n    }\n  }\n"): typeof import('./graphql').CloseInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportInspectionRecord($id: ID!) {\n    exportInspectionRecord(id: $id) {\n      ...InspectionFileFields\n    }\n  }\n"): typeof import('./graphql').ExportInspectionRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFinding($inspectionId: ID!, $input: FindingInput!) {\n    recordFinding(inspectionId: $inspectionId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueRecommendation($findingId: ID!, $input: RecommendationInput!) {\n    issueRecommendation(findingId: $findingId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').IssueRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recommendations($status: RecommendationStatus, $limit: Int, $offset: Int) {\n    recommendations(status: $status, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...RecommendationFields\n      }\n    }\n  }\n"): typeof import('./graphql').RecommendationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerRecommendation($id: ID!, $answer: String!) {\n    answerRecommendation(id: $id, answer: $answer) {\n      ...RecommendationFields\n    }\n  }\n"): typeof import('./graphql').AnswerRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyRecommendation($id: ID!, $accepted: Boolean!, $reason: String) {\n    verifyRecommendation(id: $id, accepted: $accepted, reason: $reason) {\n      ...RecommendationFields\n    }\n  }\n"): typeof import('./graphql').VerifyRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CarryOverRecommendation($id: ID!, $reason: String!) {\n    carryOverRecommendation(id: $id, reason: $reason) {\n      ...RecommendationFields\n    }\n  }\n"): typeof import('./graphql').CarryOverRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskRanking($asOf: Date, $first: Int, $after: String) {\n    riskRanking(asOf: $asOf, first: $first, after: $after) {\n      asOf\n      total\n      nextCursor\n      items {\n        unitId\n        unitName\n        score\n        reasons {\n          kind\n          count\n          weight\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RiskRankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskWeights {\n    riskWeights {\n      kind\n      weight\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').RiskWeightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRiskWeights($weights: [RiskWeightInput!]!) {\n    setRiskWeights(weights: $weights) {\n      kind\n      weight\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').SetRiskWeightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleSuggestedInspection($input: SuggestedInspectionInput!) {\n    scheduleSuggestedInspection(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScheduleSuggestedInspectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionCalendar($year: Int!, $fromMonth: Int!, $toMonth: Int!) {\n    inspectionCalendar(year: $year, fromMonth: $fromMonth, toMonth: $toMonth) {\n      from\n      to\n      items {\n        inspection {\n          id\n          unitId\n          unitName\n          type\n          focus\n          status\n          windowStart\n          windowEnd\n          startDay\n          endDay\n        }\n        warnings {\n          kind\n          otherInspectionId\n          message\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InspectionCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistTemplateFields on ChecklistTemplate {\n    id\n    code\n    name\n    version\n    versionId\n    groups {\n      code\n      name\n      criteria {\n        code\n        text\n        kind\n        maxScore\n      }\n    }\n  }\n"): typeof import('./graphql').ChecklistTemplateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistTemplates {\n    checklistTemplates {\n      ...ChecklistTemplateFields\n    }\n  }\n"): typeof import('./graphql').ChecklistTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseChecklistTemplate($id: ID!, $input: ChecklistTemplateInput!) {\n    reviseChecklistTemplate(id: $id, input: $input) {\n      ...ChecklistTemplateFields\n    }\n  }\n"): typeof import('./graphql').ReviseChecklistTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPage($unreadOnly: Boolean, $limit: Int, $offset: Int) {\n    myNotificationPage(unreadOnly: $unreadOnly, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    myUnreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id)\n  }\n"): typeof import('./graphql').MarkNotificationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressFields on Progress {\n    total\n    done\n    inProgress\n    blocked\n    notStarted\n    overdue\n    percentDone\n  }\n"): typeof import('./graphql').ProgressFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanSummaryFields on Plan {\n    id\n    year\n    title\n    status\n    decisionNumber\n    decisionDate\n    unitPlanDeadline\n    taskCount\n    issuingUnit {\n      id\n      name\n    }\n    progress {\n      ...ProgressFields\n    }\n  }\n"): typeof import('./graphql').PlanSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans {\n    plans {\n      ...PlanSummaryFields\n    }\n  }\n"): typeof import('./graphql').PlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkTask($taskId: ID!, $kind: ActivityKind) {\n    linkTask(taskId: $taskId, kind: $kind) {\n      id\n      activityKind\n    }\n  }\n"): typeof import('./graphql').LinkTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      ...PlanSummaryFields\n      importWarnings {\n        code\n        message\n      }\n      sections {\n        id\n        number\n        title\n        progress {\n          ...ProgressFields\n        }\n        tasks {\n          id\n          label\n          number\n          content\n          timeframeText\n          expectedResult\n          resultItems\n          leadUnits {\n            writtenName\n            unitId\n            unitName\n          }\n          coordinatingUnits {\n            writtenName\n            unitId\n            unitName\n          }\n          activityKind\n          progress {\n            ...ProgressFields\n          }\n        }\n      }\n      unitProgress {\n        unitId\n        unitName\n        progress {\n          ...ProgressFields\n        }\n      }\n      unitPlans {\n        unitId\n        unitName\n        status\n        late\n      }\n    }\n  }\n"): typeof import('./graphql').PlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePlan($id: ID!) {\n    issuePlan(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').IssuePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OccurrenceFields on Occurrence {\n    id\n    label\n    dueDay\n    status\n    review\n    overdue\n    dueSoon\n    workingDaysLeft\n    unitId\n    unitName\n    sectionTitle\n    task {\n      id\n      label\n      content\n      timeframeText\n      expectedResult\n    }\n    plan {\n      id\n      title\n      year\n    }\n    reports {\n      id\n      status\n      note\n      evidenceNumber\n      evidenceDate\n      evidenceLink\n      fileIds\n      unitName\n      byCoordinatingUnit\n      bySystem\n      reviewState\n      reviewComment\n      createdAt\n    }\n  }\n"): typeof import('./graphql').OccurrenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOccurrences($status: OccurrenceStatus, $overdue: Boolean, $planId: ID) {\n    myOccurrences(status: $status, overdue: $overdue, planId: $planId) {\n      ...OccurrenceFields\n    }\n  }\n"): typeof import('./graphql').MyOccurrencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanOccurrences($planId: ID!, $filter: OccurrenceFilter) {\n    occurrences(planId: $planId, filter: $filter) {\n      ...OccurrenceFields\n    }\n  }\n"): typeof import('./graphql').PlanOccurrencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportProgress($id: ID!, $input: ProgressReportInput!) {\n    reportProgress(occurrenceId: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReportProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewProgress($id: ID!, $decision: ReviewDecision!, $comment: String) {\n    reviewProgress(reportId: $id, decision: $decision, comment: $comment) {\n      id\n      reviewState\n    }\n  }\n"): typeof import('./graphql').ReviewProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewPlanImport($input: PlanDocumentInput!) {\n    previewPlanImport(input: $input) {\n      year\n      lastYear\n      title\n      unitPlanDeadline\n      unresolvedCount\n      issuingUnit {\n        id\n        name\n      }\n      decision {\n        number\n        date\n        issuer\n        signer\n      }\n      columns {\n        index\n        header\n        role\n      }\n      unitSplits {\n        text\n        names\n        alternatives\n        source\n        places {\n          sectionOrder\n          task\n          field\n        }\n      }\n      sections {\n        order\n        number\n        title\n      }\n      tasks {\n        sectionOrder\n        label\n        content\n        timeframeText\n        leadUnitNames\n        coordinatingUnitNames\n        expectedResult\n        resultItems\n        attributes {\n          name\n          value\n        }\n        timeframe {\n          unparsed\n          parts {\n            kind\n          }\n        }\n      }\n      warnings {\n        code\n        message\n      }\n      unitNames {\n        name\n        asLead\n        asCoordinating\n        resolved\n        source\n        unitId\n        unitName\n        rule\n        memberCount\n      }\n    }\n  }\n"): typeof import('./graphql').PreviewPlanImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPlan($input: PlanDocumentInput!) {\n    importPlan(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ImportPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitPlanFields on UnitPlan {\n    id\n    unitId\n    unitName\n    status\n    title\n    body\n    items {\n      taskId\n      taskLabel\n      role\n      content\n      timeframeText\n      expectedResult\n    }\n    submittedOn\n    late\n    overdue\n    reviewComment\n  }\n"): typeof import('./graphql').UnitPlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPlanBoard($planId: ID!) {\n    unitPlanBoard(planId: $planId) {\n      deadline\n      counts {\n        missing\n        draft\n        submitted\n        accepted\n        returned\n        late\n        overdue\n      }\n      rows {\n        ...UnitPlanFields\n      }\n    }\n  }\n"): typeof import('./graphql').UnitPlanBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyUnitPlan($planId: ID!) {\n    myUnitPlan(planId: $planId) {\n      ...UnitPlanFields\n    }\n    plan(id: $planId) {\n      id\n      title\n      year\n      unitPlanDeadline\n    }\n  }\n"): typeof import('./graphql').MyUnitPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateUnitPlanDraft($planId: ID!) {\n    generateUnitPlanDraft(planId: $planId) {\n      ...UnitPlanFields\n    }\n  }\n"): typeof import('./graphql').GenerateUnitPlanDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnitPlanDraft($planId: ID!, $input: UnitPlanDraftInput!) {\n    updateUnitPlanDraft(planId: $planId, input: $input) {\n      ...UnitPlanFields\n    }\n  }\n"): typeof import('./graphql').UpdateUnitPlanDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitUnitPlan($planId: ID!) {\n    submitUnitPlan(planId: $planId) {\n      ...UnitPlanFields\n    }\n  }\n"): typeof import('./graphql').SubmitUnitPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewUnitPlan($planId: ID!, $unitId: ID!, $decision: ReviewDecision!, $comment: String) {\n    reviewUnitPlan(planId: $planId, unitId: $unitId, decision: $decision, comment: $comment) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReviewUnitPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FocalOfficers {\n    focalOfficers {\n      unitId\n      unitName\n      current {\n        name\n        position\n        phone\n        email\n      }\n      history {\n        id\n        decisionNumber\n        decisionDate\n        officers {\n          name\n          position\n          phone\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FocalOfficersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFocalOfficers($unitId: ID!, $input: FocalOfficerChangeInput!) {\n    changeFocalOfficers(unitId: $unitId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ChangeFocalOfficersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportPlanDocx($planId: ID!) {\n    exportPlanDocx(planId: $planId) {\n      id\n      name\n      url\n    }\n  }\n"): typeof import('./graphql').ExportPlanDocxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterTimeline($planId: ID!) {\n    quarterTimeline(planId: $planId) {\n      unitId\n      unitName\n      quarters {\n        year\n        quarter\n        total\n        done\n        overdue\n      }\n    }\n  }\n"): typeof import('./graphql').QuarterTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReorganisationDecisions($limit: Int, $offset: Int) {\n    reorganisationDecisions(limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        number\n        signedOn\n        effectiveFrom\n        status\n        failure\n      }\n    }\n  }\n"): typeof import('./graphql').ReorganisationDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReorganisationDecision($id: ID!) {\n    reorganisationDecision(id: $id) {\n      id\n      number\n      signedOn\n      effectiveFrom\n      status\n      failure\n      appliedAt\n      changesJson\n    }\n  }\n"): typeof import('./graphql').ReorganisationDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReorganisationPreview($id: ID!) {\n    reorganisationPreview(id: $id) {\n      newUnitNames\n      successions {\n        predecessor {\n          id\n          name\n          planningWorkToMove {\n            what\n            count\n          }\n          complaintsWorkToMove {\n            what\n            count\n          }\n          inspectionsWorkToMove {\n            what\n            count\n          }\n          reportingWorkToMove {\n            what\n            count\n          }\n        }\n        successorId\n        successorName\n        workKinds\n      }\n      counts {\n        service\n        what\n        unit {\n          id\n        }\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').ReorganisationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReorganisationDecision($input: ReorganisationDecisionInput!) {\n    createReorganisationDecision(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateReorganisationDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleReorganisationDecision($id: ID!) {\n    scheduleReorganisationDecision(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ScheduleReorganisationDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingDashboard($from: Date!, $to: Date!, $first: Int) {\n    reportingDashboard(from: $from, to: $to, first: $first) {\n      from\n      to\n      unitId\n      planProgress {\n        total\n        items {\n          unitId\n          unitName\n          doneOnTime\n          doneLate\n          openOverdue\n        }\n      }\n      complaintsByMonth {\n        month\n        received\n        handled\n        overdue\n      }\n      complaintsByUnit {\n        total\n        items {\n          unitId\n          unitName\n          received\n          handled\n          overdue\n        }\n      }\n      dossiers {\n        total\n        items {\n          unitId\n          unitName\n          onTime\n          late\n          onTimeRate\n        }\n      }\n      inspections {\n        total\n        items {\n          unitId\n          unitName\n          concluded\n          recommendationsOpen\n          recommendationsOverdue\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReportingDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardIndex($month: String!, $first: Int, $offset: Int) {\n    serviceQualityIndex(month: $month, first: $first, offset: $offset) {\n      total\n      items {\n        unitId\n        unitName\n        total\n        rank\n        rankedUnits\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardIndexDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPlans {\n    plans {\n      id\n      year\n      lastYear\n      title\n      status\n    }\n  }\n"): typeof import('./graphql').DashboardPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPlanSections($id: ID!) {\n    plan(id: $id) {\n      id\n      sections {\n        id\n        number\n        title\n        progress {\n          total\n          percentDone\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardPlanSectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DossierResolutions($unitId: ID!, $from: Date!, $to: Date!, $outcome: DossierOutcome!, $first: Int, $offset: Int) {\n    dossierResolutions(unitId: $unitId, from: $from, to: $to, outcome: $outcome, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        dossierCode\n        step\n        day\n        timeliness\n      }\n    }\n  }\n"): typeof import('./graphql').DossierResolutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FigureRecords($figure: DashboardFigure!, $unitId: ID, $from: Date!, $to: Date!, $first: Int, $offset: Int) {\n    figureRecords(figure: $figure, unitId: $unitId, from: $from, to: $to, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        day\n        occurrence {\n          id\n          label\n          dueDay\n          status\n          review\n          unitName\n          task {\n            id\n            label\n          }\n          plan {\n            id\n            title\n          }\n        }\n        complaint {\n          id\n          trackingCode\n          receivedDay\n          currentDue\n          statusText {\n            vi\n            en\n          }\n        }\n        inspection {\n          id\n          focus\n          type\n          status\n          unitName\n        }\n        recommendation {\n          id\n          inspectionId\n          text\n          dueDay\n          status\n          responsibleUnitName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FigureRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DossierImportFields on DossierImport {\n    id\n    fileName\n    status\n    total\n    processed\n    imported\n    duplicates\n    rejected\n    failure\n    createdAt\n    finishedAt\n  }\n"): typeof import('./graphql').DossierImportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DossierImports($first: Int, $offset: Int) {\n    dossierImports(first: $first, offset: $offset) {\n      total\n      items {\n        ...DossierImportFields\n      }\n    }\n  }\n"): typeof import('./graphql').DossierImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DossierImport($id: ID!) {\n    dossierImport(id: $id) {\n      ...DossierImportFields\n    }\n  }\n"): typeof import('./graphql').DossierImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DossierImportRejections($importId: ID!, $first: Int, $offset: Int) {\n    dossierImportRejections(importId: $importId, first: $first, offset: $offset) {\n      total\n      items {\n        row\n        cells\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').DossierImportRejectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DossierImportRejectionReport($importId: ID!) {\n    dossierImportRejectionReport(importId: $importId) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').DossierImportRejectionReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DossierImportTemplate($format: DossierTemplateFormat!) {\n    dossierImportTemplate(format: $format) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').DossierImportTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDossierFile($fileName: String!, $contentBase64: String!) {\n    importDossierFile(fileName: $fileName, contentBase64: $contentBase64) {\n      ...DossierImportFields\n    }\n  }\n"): typeof import('./graphql').ImportDossierFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceQualityIndex($month: String!, $first: Int, $offset: Int) {\n    serviceQualityIndex(month: $month, first: $first, offset: $offset) {\n      month\n      hasFigures\n      total\n      items {\n        month\n        unitId\n        unitName\n        total\n        maxTotal\n        rank\n        rankedUnits\n        previousTotal\n        previousRank\n        change\n        trend\n        indicators {\n          indicator {\n            code\n            groupName\n            groupNameEn\n            name\n            nameEn\n            manual\n            target\n            maxPoints\n            source\n          }\n          numerator\n          denominator\n          rate\n          points\n          pointsLost\n          valueSource\n        }\n        pointsLost {\n          indicator {\n            code\n          }\n          pointsLost\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceQualityIndexDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitServiceQuality($unitId: ID!, $fromMonth: String!, $toMonth: String!) {\n    unitServiceQuality(unitId: $unitId, fromMonth: $fromMonth, toMonth: $toMonth) {\n      month\n      total\n      rank\n    }\n  }\n"): typeof import('./graphql').UnitServiceQualityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndexIndicators {\n    indexIndicators {\n      code\n      name\n      nameEn\n      manual\n    }\n  }\n"): typeof import('./graphql').IndexIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIndexIndicator(\n    $unitId: ID!\n    $month: String!\n    $indicatorCode: String!\n    $numerator: Int!\n    $denominator: Int!\n    $source: String!\n  ) {\n    recordIndexIndicator(\n      unitId: $unitId\n      month: $month\n      indicatorCode: $indicatorCode\n      numerator: $numerator\n      denominator: $denominator\n      source: $source\n    ) {\n      unitId\n      month\n      total\n    }\n  }\n"): typeof import('./graphql').RecordIndexIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportKinds {\n    reportKinds {\n      code\n      nameText {\n        vi\n        en\n      }\n      periodKind\n      cutoffDay\n      deadlineWorkingDays\n      source\n    }\n  }\n"): typeof import('./graphql').ReportKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportCompleteness($kindCode: String!, $periodKey: String!) {\n    reportCompleteness(kindCode: $kindCode, periodKey: $periodKey) {\n      expected\n      submitted\n      accepted\n      onTime\n      late\n      missing\n      locked\n    }\n  }\n"): typeof import('./graphql').ReportCompletenessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitReports($kindCode: String, $periodKey: String, $status: String, $first: Int, $offset: Int) {\n    unitReports(kindCode: $kindCode, periodKey: $periodKey, status: $status, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        unitId\n        unit {\n          id\n          name\n        }\n        periodLabel\n        deadline\n        status\n        locked\n        submittedOn\n        submittedLate\n        exceptionUntil\n      }\n    }\n  }\n"): typeof import('./graphql').UnitReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitReportFields on UnitReport {\n    id\n    kindCode\n    periodKey\n    periodLabel\n    periodStart\n    periodEnd\n    deadline\n    unitId\n    unit {\n      id\n      name\n    }\n    status\n    locked\n    narrative\n    submittedOn\n    submittedLate\n    reviewComment\n    exceptionUntil\n    heldByUnitId\n    figures {\n      code\n      groupName\n      label\n      projected\n      value\n      correctionReason\n    }\n    allowedActions\n  }\n"): typeof import('./graphql').UnitReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitReport($id: ID!) {\n    unitReport(id: $id) {\n      ...UnitReportFields\n    }\n  }\n"): typeof import('./graphql').UnitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateExpectedReports($kindCode: String!, $year: Int, $index: Int, $start: Date, $end: Date) {\n    generateExpectedReports(kindCode: $kindCode, year: $year, index: $index, start: $start, end: $end)\n  }\n"): typeof import('./graphql').GenerateExpectedReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReportNarrative($id: ID!, $narrative: String!) {\n    saveReportNarrative(id: $id, narrative: $narrative) {\n      ...UnitReportFields\n    }\n  }\n"): typeof import('./graphql').SaveReportNarrativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectReportFigure($id: ID!, $indicatorCode: String!, $value: Int!, $reason: String!) {\n    correctReportFigure(id: $id, indicatorCode: $indicatorCode, value: $value, reason: $reason) {\n      ...UnitReportFields\n    }\n  }\n"): typeof import('./graphql').CorrectReportFigureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitUnitReport($id: ID!) {\n    submitUnitReport(id: $id) {\n      ...UnitReportFields\n    }\n  }\n"): typeof import('./graphql').SubmitUnitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptUnitReport($id: ID!, $comment: String) {\n    acceptUnitReport(id: $id, comment: $comment) {\n      ...UnitReportFields\n    }\n  }\n"): typeof import('./graphql').AcceptUnitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnUnitReport($id: ID!, $comment: String!) {\n    returnUnitReport(id: $id, comment: $comment) {\n      ...UnitReportFields\n    }\n  }\n"): typeof import('./graphql').ReturnUnitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantReportException($id: ID!, $until: Date!) {\n    grantReportException(id: $id, until: $until) {\n      ...UnitReportFields\n    }\n  }\n"): typeof import('./graphql').GrantReportExceptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityReports($kindCode: String!, $periodKey: String!, $first: Int, $offset: Int) {\n    cityReports(kindCode: $kindCode, periodKey: $periodKey, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        number\n        issuedOn\n        expected\n        received\n        accepted\n        docx {\n          id\n          name\n          url\n        }\n        xlsx {\n          id\n          name\n          url\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CityReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCityReport($kindCode: String!, $periodKey: String!) {\n    issueCityReport(kindCode: $kindCode, periodKey: $periodKey) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').IssueCityReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitScorecard($unitId: ID!, $kindCode: String!, $year: Int, $index: Int, $start: Date, $end: Date) {\n    unitScorecard(unitId: $unitId, kindCode: $kindCode, year: $year, index: $index, start: $start, end: $end) {\n      unitId\n      unitName\n      periodLabel\n      periodStart\n      periodEnd\n      planOccurrencesOnTime {\n        ...ScorecardRateFields\n      }\n      paknOnTime {\n        ...ScorecardRateFields\n      }\n      recommendationsClosedOnTime {\n        ...ScorecardRateFields\n      }\n      reportsOnTime {\n        ...ScorecardRateFields\n      }\n      dossiersOnTime {\n        ...ScorecardRateFields\n      }\n      index {\n        month\n        total\n        maxTotal\n        rank\n        rankedUnits\n      }\n    }\n  }\n  fragment ScorecardRateFields on ScorecardRate {\n    numerator\n    denominator\n    rate\n  }\n"): typeof import('./graphql').UnitScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($asOf: Date, $levelCode: String, $search: String) {\n    units(asOf: $asOf, levelCode: $levelCode, search: $search) {\n      id\n      code\n      name\n      # The name it bore on asOf: the tree of a past day reads as it was then.\n      nameAt(asOf: $asOf)\n      shortName\n      validFrom\n      validTo\n      level {\n        code\n        name\n        rank\n      }\n      parent(asOf: $asOf) {\n        id\n        nameAt(asOf: $asOf)\n      }\n    }\n  }\n"): typeof import('./graphql').UnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitLevels {\n    unitLevels {\n      code\n      name\n      rank\n    }\n  }\n"): typeof import('./graphql').UnitLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsAsOf($asOf: Date) {\n    units(asOf: $asOf) {\n      id\n      nameAt(asOf: $asOf)\n      level {\n        code\n        rank\n      }\n    }\n  }\n"): typeof import('./graphql').UnitsAsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitName($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UnitNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitHistory($id: ID!) {\n    unit(id: $id) {\n      id\n      code\n      name\n      shortName\n      alternativeNames\n      validFrom\n      validTo\n      level {\n        code\n        name\n      }\n      parent {\n        id\n        name\n      }\n      history {\n        name\n        shortName\n        levelCode\n        validFrom\n        validTo\n      }\n      currentSuccessors {\n        unit {\n          id\n          name\n        }\n        workKinds\n      }\n      parentHistory {\n        parent {\n          id\n          name\n        }\n        validFrom\n        validTo\n      }\n      predecessors {\n        unit {\n          id\n          name\n        }\n        workKinds\n        effectiveFrom\n        decisionNumber\n      }\n    }\n  }\n"): typeof import('./graphql').UnitHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lookup($code: String!, $secret: String!) {\n    lookupComplaint(trackingCode: $code, secret: $secret) {\n      trackingCode\n      statusText {\n        vi\n        en\n      }\n      receivedDay\n      answerDue\n      paused\n      answerText\n      answerDocumentNumber\n      answerDocumentDate\n      returnedReason\n      returnedGuidance\n      mergedIntoTrackingCode\n      canRate\n      rating {\n        satisfied\n        ratedAt\n      }\n    }\n  }\n"): typeof import('./graphql').LookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateAnswer($code: String!, $secret: String!, $satisfied: Boolean!, $comment: String) {\n    rateComplaintAnswer(trackingCode: $code, secret: $secret, satisfied: $satisfied, comment: $comment) {\n      satisfied\n      ratedAt\n    }\n  }\n"): typeof import('./graphql').RateAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Published($search: String) {\n    publishedComplaints(search: $search, limit: 50) {\n      total\n      items {\n        trackingCode\n        field\n        regulation\n        question\n        answer\n        answerDocumentNumber\n        answerDocumentDate\n        publishedAt\n      }\n    }\n  }\n"): typeof import('./graphql').PublishedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicServiceQualityIndex($limit: Int, $offset: Int) {\n    publicServiceQualityIndex(limit: $limit, offset: $offset) {\n      month\n      total\n      items {\n        rank\n        unitId\n        unitName\n        total\n        maxTotal\n      }\n    }\n  }\n"): typeof import('./graphql').PublicServiceQualityIndexDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicStatistics($year: Int!, $fromMonth: Int, $toMonth: Int, $limit: Int, $offset: Int) {\n    publicComplaintStatistics(year: $year, fromMonth: $fromMonth, toMonth: $toMonth, limit: $limit, offset: $offset) {\n      year\n      total\n      items {\n        month\n        unitId\n        unitName\n        received\n        answered\n        answeredOnTime\n        rated\n        satisfied\n        satisfactionRate\n      }\n    }\n  }\n"): typeof import('./graphql').PublicStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenge {\n    complaintChallenge {\n      nonce\n      difficulty\n    }\n  }\n"): typeof import('./graphql').ChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Submit($input: SubmitComplaintInput!, $challenge: ChallengeSolution!) {\n    submitComplaint(input: $input, challenge: $challenge) {\n      trackingCode\n      secret\n      receivedDay\n      answerDue\n    }\n  }\n"): typeof import('./graphql').SubmitDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
