import type { Channel, ComplaintKind, ContentCategory } from "./domain/index.ts";

/**
 * The demo's PAKN (src/seed.ts): one or more in every state from received to published, closed,
 * returned as out of scope and paused, handled by the units the demo logins belong to. Fixed texts;
 * dates are days before the process clock's today, so the inbox always looks current. The sender's
 * email is each entry's identity: the seed skips an entry whose email is already on file.
 */
export type DemoTarget =
  "received" | "classified" | "transferred" | "handled" | "approved" | "answered" | "published" | "closed" | "returned" | "paused";

export interface DemoComplaint {
  /** Calendar days before today it was received. */
  daysAgo: number;
  channel: Exclude<Channel, "web">;
  senderName: string;
  senderAddress: string;
  senderPhone: string;
  senderEmail: string;
  regulation: string;
  content: string;
  classification: { kind: ComplaintKind; category: ContentCategory; field: string; regulation: string };
  /** Unit codes of the directory's demo: the lead unit first, then the contributing ones. */
  units: string[];
  target: DemoTarget;
}

/**
 * The demo's units after the 2025 reorganisation (directory's DEMO_REORGANISATION): every PAKN here is of
 * the last months, when the city's wards are merged and its office's work is the province office's.
 */
export const OFFICE_CODE = "hy.van-phong";
const PHO_HIEN = "hy.p.pho-hien";
const SON_NAM = "hy.p.son-nam";
const TU_PHAP = "hy.so-tu-phap";

const birth = {
  kind: "feedback",
  category: "official-conduct",
  field: "Hộ tịch",
  regulation: "Thủ tục đăng ký khai sinh (Nghị định 123/2015/NĐ-CP)",
} as const;
const land = {
  kind: "petition",
  category: "unsuitable",
  field: "Đất đai",
  regulation: "Thủ tục đăng ký biến động quyền sử dụng đất",
} as const;
const business = {
  kind: "petition",
  category: "proposed-solution",
  field: "Hộ kinh doanh",
  regulation: "Thủ tục đăng ký thành lập hộ kinh doanh",
} as const;
const residence = {
  kind: "feedback",
  category: "inconsistent",
  field: "Cư trú",
  regulation: "Thủ tục xác nhận thông tin về cư trú",
} as const;

export const DEMO_COMPLAINTS: DemoComplaint[] = [
  {
    daysAgo: 0,
    channel: "email",
    senderName: "Trần Văn Bình",
    senderAddress: "Số 5 phố Phạm Ngũ Lão, phường Phố Hiến, tỉnh Hưng Yên",
    senderPhone: "0912 000 101",
    senderEmail: "binh.tran.demo@example.vn",
    regulation: "Đăng ký khai sinh",
    content:
      "Đề nghị niêm yết rõ danh mục giấy tờ khi đăng ký khai sinh tại Bộ phận Một cửa phường, tránh người dân phải đi lại nhiều lần.",
    classification: birth,
    units: [PHO_HIEN],
    target: "received",
  },
  {
    daysAgo: 1,
    channel: "phone",
    senderName: "Nguyễn Thị Cúc",
    senderAddress: "Thôn Nễ Châu, phường Sơn Nam, tỉnh Hưng Yên",
    senderPhone: "0912 000 102",
    senderEmail: "cuc.nguyen.demo@example.vn",
    regulation: "Xác nhận thông tin cư trú",
    content: "Phản ánh việc phải xin giấy xác nhận cư trú bản giấy dù thông tin đã có trên Cơ sở dữ liệu quốc gia về dân cư.",
    classification: residence,
    units: [SON_NAM],
    target: "received",
  },
  {
    daysAgo: 12,
    channel: "post",
    senderName: "Phạm Văn Dũng",
    senderAddress: "Số 20 đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên",
    senderPhone: "0912 000 103",
    senderEmail: "dung.pham.demo@example.vn",
    regulation: "Đăng ký biến động đất đai",
    content: "Hồ sơ đăng ký biến động đất đai của tôi bị yêu cầu bổ sung nhiều lần, mỗi lần một loại giấy tờ khác nhau.",
    classification: land,
    units: [TU_PHAP],
    target: "received",
  },
  {
    daysAgo: 2,
    channel: "in-person",
    senderName: "Lê Thị Hoa",
    senderAddress: "Số 8 phố Bạch Đằng, phường Phố Hiến, tỉnh Hưng Yên",
    senderPhone: "0912 000 104",
    senderEmail: "hoa.le.demo@example.vn",
    regulation: "Đăng ký hộ kinh doanh",
    content: "Kiến nghị cho phép nộp hồ sơ đăng ký hộ kinh doanh hoàn toàn trực tuyến, không yêu cầu nộp bản giấy khi nhận kết quả.",
    classification: business,
    units: [SON_NAM],
    target: "classified",
  },
  {
    daysAgo: 4,
    channel: "national-portal",
    senderName: "Hoàng Văn Nam",
    senderAddress: "Số 3 ngõ 12 phố Điện Biên, phường Phố Hiến, tỉnh Hưng Yên",
    senderPhone: "0912 000 105",
    senderEmail: "nam.hoang.demo@example.vn",
    regulation: "Đăng ký khai sinh",
    content:
      "Cán bộ tiếp nhận yêu cầu nộp bản sao giấy chứng nhận kết hôn có chứng thực khi đăng ký khai sinh cho con, trong khi quy định không yêu cầu.",
    classification: birth,
    units: [PHO_HIEN],
    target: "transferred",
  },
  {
    daysAgo: 16,
    channel: "other-agency",
    senderName: "Vũ Thị Lan",
    senderAddress: "Thôn An Chiểu, phường Phố Hiến, tỉnh Hưng Yên",
    senderPhone: "0912 000 106",
    senderEmail: "lan.vu.demo@example.vn",
    regulation: "Đăng ký biến động đất đai",
    content: "Thời gian giải quyết hồ sơ tách thửa kéo dài quá hạn hẹn trả mà không có thông báo lý do cho người dân.",
    classification: land,
    units: [SON_NAM, TU_PHAP],
    target: "transferred",
  },
  {
    daysAgo: 6,
    channel: "email",
    senderName: "Đặng Văn Phúc",
    senderAddress: "Số 41 phố Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên",
    senderPhone: "0912 000 107",
    senderEmail: "phuc.dang.demo@example.vn",
    regulation: "Chứng thực bản sao",
    content: "Đề nghị bố trí thêm cán bộ chứng thực bản sao vào buổi sáng thứ Hai vì thường xuyên quá tải.",
    classification: {
      kind: "petition",
      category: "unsuitable",
      field: "Chứng thực",
      regulation: "Thủ tục chứng thực bản sao từ bản chính",
    },
    units: [TU_PHAP],
    target: "handled",
  },
  {
    daysAgo: 9,
    channel: "in-person",
    senderName: "Bùi Thị Quyên",
    senderAddress: "Số 17 phố Lê Lai, phường Phố Hiến, tỉnh Hưng Yên",
    senderPhone: "0912 000 108",
    senderEmail: "quyen.bui.demo@example.vn",
    regulation: "Đăng ký hộ kinh doanh",
    content: "Phản ánh biểu mẫu đăng ký hộ kinh doanh tại phường còn dùng mẫu cũ, không đúng mẫu hiện hành.",
    classification: business,
    units: [PHO_HIEN],
    target: "approved",
  },
  {
    daysAgo: 14,
    channel: "phone",
    senderName: "Ngô Văn Sơn",
    senderAddress: "Số 2 phố Nguyễn Thiện Thuật, phường Phố Hiến, tỉnh Hưng Yên",
    senderPhone: "0912 000 109",
    senderEmail: "son.ngo.demo@example.vn",
    regulation: "Xác nhận thông tin cư trú",
    content: "Người dân phải chờ lâu để được xác nhận thông tin cư trú do hệ thống tra cứu thường xuyên gián đoạn.",
    classification: residence,
    units: [SON_NAM],
    target: "answered",
  },
  {
    daysAgo: 28,
    channel: "email",
    senderName: "Trịnh Thị Thu",
    senderAddress: "Số 9 phố Hải Thượng Lãn Ông, phường Phố Hiến, tỉnh Hưng Yên",
    senderPhone: "0912 000 110",
    senderEmail: "thu.trinh.demo@example.vn",
    regulation: "Đăng ký khai sinh",
    content: "Kiến nghị cho phép nhận kết quả đăng ký khai sinh qua dịch vụ bưu chính công ích.",
    classification: { ...birth, kind: "petition", category: "proposed-solution" },
    units: [PHO_HIEN],
    target: "published",
  },
  {
    daysAgo: 45,
    channel: "post",
    senderName: "Mai Văn Tâm",
    senderAddress: "Thôn Phương Cái, xã Tân Hưng, tỉnh Hưng Yên",
    senderPhone: "0912 000 111",
    senderEmail: "tam.mai.demo@example.vn",
    regulation: "Chứng thực chữ ký",
    content: "Phản ánh việc thu phí chứng thực chữ ký không niêm yết công khai mức phí tại nơi tiếp nhận.",
    classification: { kind: "feedback", category: "official-conduct", field: "Chứng thực", regulation: "Thủ tục chứng thực chữ ký" },
    units: [TU_PHAP],
    target: "published",
  },
  {
    daysAgo: 70,
    channel: "in-person",
    senderName: "Đinh Thị Yến",
    senderAddress: "Số 30 phố Tô Hiệu, phường Phố Hiến, tỉnh Hưng Yên",
    senderPhone: "0912 000 112",
    senderEmail: "yen.dinh.demo@example.vn",
    regulation: "Đăng ký biến động đất đai",
    content: "Đề nghị hướng dẫn rõ trình tự đăng ký biến động khi thừa kế quyền sử dụng đất.",
    classification: land,
    units: [TU_PHAP],
    target: "closed",
  },
  {
    daysAgo: 5,
    channel: "email",
    senderName: "Lý Văn Hùng",
    senderAddress: "Số 11 phố Triệu Quang Phục, phường Sơn Nam, tỉnh Hưng Yên",
    senderPhone: "0912 000 113",
    senderEmail: "hung.ly.demo@example.vn",
    regulation: "Tranh chấp hợp đồng mua bán",
    content: "Đề nghị UBND tỉnh giải quyết tranh chấp hợp đồng mua bán xe máy giữa tôi và một cửa hàng.",
    classification: { kind: "feedback", category: "other", field: "Dân sự", regulation: "Tranh chấp hợp đồng dân sự" },
    units: [],
    target: "returned",
  },
  {
    daysAgo: 7,
    channel: "phone",
    senderName: "Cao Thị Mận",
    senderAddress: "Thôn Hợp Tiến, phường Hồng Châu, tỉnh Hưng Yên",
    senderPhone: "0912 000 114",
    senderEmail: "man.cao.demo@example.vn",
    regulation: "Cấp bản sao trích lục hộ tịch",
    content: "Phản ánh việc cấp bản sao trích lục khai tử mất nhiều ngày dù hồ sơ gốc lưu tại phường.",
    classification: {
      kind: "feedback",
      category: "official-conduct",
      field: "Hộ tịch",
      regulation: "Thủ tục cấp bản sao trích lục hộ tịch",
    },
    units: [PHO_HIEN],
    target: "paused",
  },
];

/** The order of the lifecycle's main path; a target further along passes through every earlier step. */
export const MAIN_PATH = ["received", "classified", "transferred", "handled", "approved", "answered", "published", "closed"] as const;
