/**
 * The lifecycle mutations of a PAKN's detail page: typed documents checked against the supergraph by
 * codegen (npm run codegen), one per action. Each answers with the whole record (the detail's
 * fragment), so the page shows the new state without another read.
 */
import { graphql } from "../../../graphql/generated/index.ts";

export const CLASSIFY_COMPLAINT = graphql(`
  mutation ClassifyComplaint($id: ID!, $input: ClassifyInput!) {
    classifyComplaint(id: $id, input: $input) {
      ...ComplaintDetailFields
    }
  }
`);

export const TRANSFER_COMPLAINT = graphql(`
  mutation TransferComplaint($id: ID!, $units: [AssignmentInput!]!) {
    transferComplaint(id: $id, units: $units) {
      ...ComplaintDetailFields
    }
  }
`);

export const DRAFT_COMPLAINT_ANSWER = graphql(`
  mutation DraftComplaintAnswer($id: ID!, $text: String!, $documentNumber: String!, $documentDate: Date!) {
    draftComplaintAnswer(id: $id, text: $text, documentNumber: $documentNumber, documentDate: $documentDate) {
      ...ComplaintDetailFields
    }
  }
`);

export const CONTRIBUTE_TO_COMPLAINT = graphql(`
  mutation ContributeToComplaint($id: ID!, $text: String!) {
    contributeToComplaint(id: $id, text: $text) {
      ...ComplaintDetailFields
    }
  }
`);

export const APPROVE_COMPLAINT_ANSWER = graphql(`
  mutation ApproveComplaintAnswer($id: ID!, $reason: String) {
    approveComplaintAnswer(id: $id, reason: $reason) {
      ...ComplaintDetailFields
    }
  }
`);

export const RETURN_COMPLAINT_ANSWER = graphql(`
  mutation ReturnComplaintAnswer($id: ID!, $reason: String!) {
    returnComplaintAnswer(id: $id, reason: $reason) {
      ...ComplaintDetailFields
    }
  }
`);

export const SEND_COMPLAINT_ANSWER = graphql(`
  mutation SendComplaintAnswer($id: ID!) {
    sendComplaintAnswer(id: $id) {
      ...ComplaintDetailFields
    }
  }
`);

export const PUBLISH_COMPLAINT = graphql(`
  mutation PublishComplaint($id: ID!, $publishedQuestion: String!, $publishedText: String!, $personalDataRemovedConfirmed: Boolean!) {
    publishComplaint(
      id: $id
      publishedQuestion: $publishedQuestion
      publishedText: $publishedText
      personalDataRemovedConfirmed: $personalDataRemovedConfirmed
    ) {
      ...ComplaintDetailFields
    }
  }
`);

export const PAUSE_COMPLAINT = graphql(`
  mutation PauseComplaint($id: ID!, $reason: String!) {
    pauseComplaint(id: $id, reason: $reason) {
      ...ComplaintDetailFields
    }
  }
`);

export const RESUME_COMPLAINT = graphql(`
  mutation ResumeComplaint($id: ID!, $reason: String) {
    resumeComplaint(id: $id, reason: $reason) {
      ...ComplaintDetailFields
    }
  }
`);

export const EXTEND_COMPLAINT = graphql(`
  mutation ExtendComplaint($id: ID!, $reason: String!) {
    extendComplaint(id: $id, reason: $reason) {
      ...ComplaintDetailFields
    }
  }
`);

export const RETURN_COMPLAINT = graphql(`
  mutation ReturnComplaint($id: ID!, $reason: String!, $guidance: String!) {
    returnComplaint(id: $id, reason: $reason, guidance: $guidance) {
      ...ComplaintDetailFields
    }
  }
`);

export const MERGE_COMPLAINT = graphql(`
  mutation MergeComplaint($id: ID!, $intoId: ID!) {
    mergeComplaint(id: $id, intoId: $intoId) {
      ...ComplaintDetailFields
    }
  }
`);

export const CLOSE_COMPLAINT = graphql(`
  mutation CloseComplaint($id: ID!, $reason: String) {
    closeComplaint(id: $id, reason: $reason) {
      ...ComplaintDetailFields
    }
  }
`);
