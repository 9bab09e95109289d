/** Directory's SDL contract as agreed with its team, plus test-only fields that expose what a subgraph saw. */
export const DIRECTORY_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
  scalar Date
  scalar DateTime
  enum Role {
    CITY_ADMIN
    LEADER
    UNIT_OFFICER
    INSPECTOR
  }
  type UnitLevel {
    code: String!
    name: String!
    rank: Int!
  }
  type Unit @key(fields: "id") {
    id: ID!
    code: String!
    name: String!
    shortName: String
    level: UnitLevel!
    parent(asOf: Date): Unit
    children(asOf: Date): [Unit!]!
    members(asOf: Date): [Unit!]!
    validFrom: Date!
    validTo: Date
  }
  type User {
    id: ID!
    username: String!
    fullName: String!
    roles: [Role!]!
    unit: Unit
    mustChangePassword: Boolean!
  }
  type AuthPayload {
    accessToken: String!
    refreshToken: String!
    accessTokenExpiresAt: DateTime!
    user: User!
  }
  type Query {
    me: User
    units(asOf: Date, levelCode: String, search: String): [Unit!]!
    unit(id: ID!): Unit
    unitLevels: [UnitLevel!]!
  }
  type Mutation {
    login(username: String!, password: String!): AuthPayload!
    refreshSession(refreshToken: String!): AuthPayload!
    logout(refreshToken: String!): Boolean!
  }
`;

/** Fields the test subgraph adds to see through the gateway. */
export const DIRECTORY_TEST_FIELDS = /* GraphQL */ `
  type SeenRequest {
    actorJson: String!
    actorHeader: String
    forwardedFor: String
    correlationId: String
  }
  "A page of units, as paged public lists are shaped (PublishedComplaintPage)."
  type UnitPage {
    total: Int!
    items: [Unit!]!
  }
  extend type Query {
    seen: SeenRequest!
    "Answers after ms milliseconds: a request still in flight when the gateway shuts down."
    slowEcho(ms: Int!, text: String!): String!
    boom: String
    forbidden: String
    pagedUnits(limit: Int = 20, offset: Int = 0): UnitPage!
  }
`;

export const PLANNING_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Unit @key(fields: "id") {
    id: ID!
    planningStatus: String!
  }
`;
