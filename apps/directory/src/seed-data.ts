import type { Role } from "@tthc/service-kit";

/**
 * Demo data: the org of Hưng Yên city as of its 2024 TTHC-control plan, the demo logins and a
 * demo partner key. Fixed values on purpose: the seed is idempotent and the start command prints them.
 */
export const DEMO_SINCE = "2024-01-01";

export const LEVELS = [
  { code: "province", name: "Tỉnh", rank: 1, isGroup: false },
  { code: "district", name: "Huyện, thành phố thuộc tỉnh", rank: 2, isGroup: false },
  { code: "department", name: "Phòng, ban", rank: 3, isGroup: false },
  { code: "centre", name: "Trung tâm", rank: 3, isGroup: false },
  { code: "commune", name: "Phường, xã", rank: 3, isGroup: false },
  { code: "group", name: "Nhóm đơn vị", rank: 9, isGroup: true },
];

export interface SeedUnit {
  code: string;
  name: string;
  shortName: string;
  levelCode: string;
  parentCode: string | null;
  /** Codes of the groups this unit is a member of. */
  groups?: string[];
}

const PROVINCE = "hy";
const CITY = "hy.tp";
const DEPARTMENTS_GROUP = "hy.tp.nhom.phong-ban";
const COMMUNES_GROUP = "hy.tp.nhom.phuong-xa";

const departments: Array<[string, string]> = [
  ["van-phong", "Văn phòng HĐND-UBND thành phố"],
  ["tai-chinh-ke-hoach", "Phòng Tài chính - Kế hoạch"],
  ["noi-vu", "Phòng Nội vụ"],
  ["tu-phap", "Phòng Tư pháp"],
  ["van-hoa-thong-tin", "Phòng Văn hóa và Thông tin"],
  ["tai-nguyen-moi-truong", "Phòng Tài nguyên và Môi trường"],
  ["quan-ly-do-thi", "Phòng Quản lý đô thị"],
  ["kinh-te", "Phòng Kinh tế"],
  ["lao-dong-tbxh", "Phòng Lao động - Thương binh và Xã hội"],
  ["giao-duc-dao-tao", "Phòng Giáo dục và Đào tạo"],
  ["y-te", "Phòng Y tế"],
  ["thanh-tra", "Thanh tra thành phố"],
];

const wards: Array<[string, string]> = [
  ["le-loi", "Lê Lợi"],
  ["minh-khai", "Minh Khai"],
  ["quang-trung", "Quang Trung"],
  ["hien-nam", "Hiến Nam"],
  ["an-tao", "An Tảo"],
  ["lam-son", "Lam Sơn"],
  ["hong-chau", "Hồng Châu"],
];

const communes: Array<[string, string]> = [
  ["bao-khe", "Bảo Khê"],
  ["trung-nghia", "Trung Nghĩa"],
  ["lien-phuong", "Liên Phương"],
  ["hong-nam", "Hồng Nam"],
  ["quang-chau", "Quảng Châu"],
  ["hoang-hanh", "Hoàng Hanh"],
  ["tan-hung", "Tân Hưng"],
  ["phuong-chieu", "Phương Chiểu"],
  ["hung-cuong", "Hùng Cường"],
  ["phu-cuong", "Phú Cường"],
];

/** In creation order: every parent before its children. */
export const UNITS: SeedUnit[] = [
  { code: PROVINCE, name: "UBND tỉnh Hưng Yên", shortName: "Tỉnh Hưng Yên", levelCode: "province", parentCode: null },
  { code: CITY, name: "UBND thành phố Hưng Yên", shortName: "TP Hưng Yên", levelCode: "district", parentCode: PROVINCE },
  {
    code: DEPARTMENTS_GROUP,
    name: "Các phòng, ban, đơn vị của UBND thành phố",
    shortName: "Các phòng, ban",
    levelCode: "group",
    parentCode: null,
  },
  { code: COMMUNES_GROUP, name: "UBND các phường, xã", shortName: "Các phường, xã", levelCode: "group", parentCode: null },
  ...departments.map(([slug, name]) => ({
    code: `${CITY}.${slug}`,
    name,
    shortName: name.replace(/ thành phố$/, ""),
    levelCode: "department",
    parentCode: CITY,
    groups: [DEPARTMENTS_GROUP],
  })),
  ...wards.map(([slug, name]) => ({
    code: `${CITY}.p.${slug}`,
    name: `UBND phường ${name}`,
    shortName: `Phường ${name}`,
    levelCode: "commune",
    parentCode: CITY,
    groups: [COMMUNES_GROUP],
  })),
  ...communes.map(([slug, name]) => ({
    code: `${CITY}.x.${slug}`,
    name: `UBND xã ${name}`,
    shortName: `Xã ${name}`,
    levelCode: "commune",
    parentCode: CITY,
    groups: [COMMUNES_GROUP],
  })),
];

/**
 * The 2025 timeline (src/seed-demo.ts, both stack profiles): the province's
 * own office and a few of its departments (sở), which existed alongside the city, and the 2025
 * reorganisation of docs/domain.md §10 as one decision. Units are named by code; the seed turns the
 * codes into the decision's unit ids.
 */
const PROVINCE_OFFICE = `${PROVINCE}.van-phong`;
const PHO_HIEN = `${PROVINCE}.p.pho-hien`;

const provinceDepartments: Array<[string, string]> = [
  ["van-phong", "Văn phòng UBND tỉnh"],
  ["so-noi-vu", "Sở Nội vụ"],
  ["so-tu-phap", "Sở Tư pháp"],
  ["so-tai-chinh", "Sở Tài chính"],
  ["so-xay-dung", "Sở Xây dựng"],
  ["so-nong-nghiep-moi-truong", "Sở Nông nghiệp và Môi trường"],
  ["so-van-hoa-the-thao-du-lich", "Sở Văn hóa, Thể thao và Du lịch"],
];

export const PROVINCE_UNITS: SeedUnit[] = provinceDepartments.map(([slug, name]) => ({
  code: `${PROVINCE}.${slug}`,
  name,
  shortName: name.replace(/^Văn phòng UBND tỉnh$/, "VP UBND tỉnh"),
  levelCode: "department",
  parentCode: PROVINCE,
}));

/** A change of the decision, by unit codes (the kinds the 2025 reorganisation needs). */
export type SeedChange =
  { kind: "MERGE"; unitCodes: string[]; into: SeedUnit } | { kind: "DISSOLVE"; unitCode: string; receiverCode: string };

export interface SeedDecision {
  number: string;
  signedOn: string;
  effectiveFrom: string;
  changes: SeedChange[];
  /** The units the decision creates (the merges' targets), for lookups by code. */
  newUnits: SeedUnit[];
}

const ward = (slug: string, name: string, kind: "p" | "x"): SeedUnit => ({
  code: `${PROVINCE}.${kind}.${slug}`,
  name: `UBND ${kind === "p" ? "phường" : "xã"} ${name}`,
  shortName: `${kind === "p" ? "Phường" : "Xã"} ${name}`,
  levelCode: "commune",
  parentCode: PROVINCE,
});

/**
 * The commune merges of §10 (the April 2025 proposal, with the demo's choices for Quang Trung, Hồng Nam
 * and Phương Chiểu; Thủy Sỹ and Phương Nam are not in the seed), and the city People's Committee, its
 * office and departments dissolved with the provincial office as receiver. The resolution's real number
 * is not recorded (§10: final names [U]), so the number says it is the demo's.
 */
const merges: Array<[SeedUnit, string[]]> = [
  [
    ward("pho-hien", "Phố Hiến", "p"),
    ["p.an-tao", "x.trung-nghia", "p.hien-nam", "x.lien-phuong", "p.le-loi", "p.minh-khai", "p.quang-trung"],
  ],
  [ward("son-nam", "Sơn Nam", "p"), ["x.phu-cuong", "x.hung-cuong", "x.bao-khe", "p.lam-son"]],
  [ward("hong-chau", "Hồng Châu", "p"), ["p.hong-chau", "x.quang-chau", "x.hoang-hanh", "x.hong-nam"]],
  [ward("tan-hung", "Tân Hưng", "x"), ["x.tan-hung", "x.phuong-chieu"]],
];

export const DEMO_REORGANISATION: SeedDecision = {
  number: "01/2025/NQ-DEMO",
  signedOn: "2025-06-16",
  effectiveFrom: "2025-07-01",
  changes: [
    ...merges.map(([into, from]): SeedChange => ({ kind: "MERGE", unitCodes: from.map((c) => `${CITY}.${c}`), into })),
    ...[...departments.map(([slug]) => `${CITY}.${slug}`), CITY].map((unitCode): SeedChange => ({
      kind: "DISSOLVE",
      unitCode,
      receiverCode: PROVINCE_OFFICE,
    })),
  ],
  newUnits: merges.map(([into]) => into),
};

export interface DemoUser {
  username: string;
  password: string;
  fullName: string;
  roles: Role[];
  /** The unit of 2024. */
  unitCode: string;
  /** The unit the account works in after the 2025 reorganisation (DEMO_REORGANISATION); none: it stays in its closed unit, for the reassignment list. */
  movesTo?: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    username: "admin",
    password: "Admin@2024",
    fullName: "Nguyễn Văn Quản",
    roles: ["CITY_ADMIN"],
    unitCode: `${CITY}.van-phong`,
    movesTo: PROVINCE_OFFICE,
  },
  { username: "lanhdao", password: "Lanhdao@2024", fullName: "Trần Thị Lãnh", roles: ["LEADER"], unitCode: CITY, movesTo: PROVINCE },
  {
    username: "phuong.leloi",
    password: "Leloi@2024",
    fullName: "Lê Văn Lợi",
    roles: ["UNIT_OFFICER"],
    unitCode: `${CITY}.p.le-loi`,
    movesTo: PHO_HIEN,
  },
  {
    username: "phuong.minhkhai",
    password: "Minhkhai@2024",
    fullName: "Phạm Thị Khai",
    roles: ["UNIT_OFFICER"],
    unitCode: `${CITY}.p.minh-khai`,
  },
  {
    // A second ward of the merged province: the suites that compare two wards' views use Phố Hiến and Sơn Nam.
    username: "phuong.sonnam",
    password: "Sonnam@2025",
    fullName: "Hoàng Văn Nam",
    roles: ["UNIT_OFFICER"],
    unitCode: `${CITY}.p.lam-son`,
    movesTo: `${PROVINCE}.p.son-nam`,
  },
  {
    username: "phong.tuphap",
    password: "Tuphap@2024",
    fullName: "Đỗ Văn Pháp",
    roles: ["UNIT_OFFICER"],
    unitCode: `${CITY}.tu-phap`,
    movesTo: `${PROVINCE}.so-tu-phap`,
  },
  {
    username: "kiemtra",
    password: "Kiemtra@2024",
    fullName: "Vũ Thị Kiểm",
    roles: ["INSPECTOR"],
    unitCode: `${CITY}.van-phong`,
    movesTo: PROVINCE_OFFICE,
  },
];

export const DEMO_PARTNER = {
  name: "Hệ thống thông tin giải quyết TTHC (demo)",
  key: "tthc_demo_partner_2024_hungyen_0f3c9a7e51b2",
  scopes: ["directory:read", "complaints:read", "reports:read", "dossiers:write"],
};

/** The demo logins and partner key, ready to print, each with the unit it works in today. */
export function demoLoginsText(): string {
  const width = Math.max(...DEMO_USERS.map((u) => u.username.length));
  const units = [...UNITS, ...PROVINCE_UNITS, ...DEMO_REORGANISATION.newUnits];
  const lines = DEMO_USERS.map(
    (u) =>
      `  ${u.username.padEnd(width)}  ${u.password.padEnd(14)}  ${u.roles.join(",")}  (${units.find((x) => x.code === (u.movesTo ?? u.unitCode))?.name})`,
  );
  return [
    "Demo logins (username  password  role  unit):",
    ...lines,
    `Demo partner API key (${DEMO_PARTNER.name}): ${DEMO_PARTNER.key}`,
  ].join("\n");
}
