import { describe, expect, it } from "vitest";
import { ApiError, ERROR_CODES, errorCodeOf, fieldErrorsOf, filesError, serverTextsOf, toErrorCode } from "../src/api/errors.ts";
import { errorMessageKey, errorText } from "../src/i18n/error-message.ts";
import { translate, translator } from "../src/i18n/translate.ts";

describe("error-code mapping", () => {
  it("maps server codes to Vietnamese and English messages", () => {
    expect(translate("vi", errorMessageKey("INVALID_CREDENTIALS"))).toBe("Tên đăng nhập hoặc mật khẩu không đúng.");
    expect(translate("en", errorMessageKey("INVALID_CREDENTIALS"))).toBe("Incorrect username or password.");
    expect(translate("vi", errorMessageKey("ACCOUNT_LOCKED"))).toMatch(/tạm khóa/);
    expect(translate("vi", errorMessageKey("RATE_LIMITED"))).toMatch(/đợi một lát/);
  });

  it("has a distinct message for every code in both languages", () => {
    for (const lang of ["vi", "en"] as const) {
      const texts = ERROR_CODES.map((code) => translate(lang, errorMessageKey(code)));
      expect(new Set(texts).size).toBe(ERROR_CODES.length);
    }
  });

  it("never passes server text through: unknown codes and foreign errors become the generic message", () => {
    expect(toErrorCode("INTERNAL_SERVER_ERROR")).toBe("UNKNOWN");
    expect(toErrorCode(undefined)).toBe("UNKNOWN");
    expect(errorCodeOf(new TypeError("boom"))).toBe("UNKNOWN");
    const text = errorText(new ApiError("FORBIDDEN", "actor lacks role CITY_ADMIN"), "vi", translator("vi"));
    expect(text).toBe(translate("vi", "errors.FORBIDDEN"));
    expect(text).not.toContain("CITY_ADMIN");
  });
});

describe("field errors", () => {
  it("keeps the server's bilingual field errors of a refused form, and nothing malformed", () => {
    const username = { field: "username", messageVi: "Tên đăng nhập đã được dùng.", messageEn: "This username is already taken." };
    expect(fieldErrorsOf({ errors: [username, { field: "x" }, "junk"] })).toEqual([username]);
    expect(fieldErrorsOf({})).toEqual([]);
    expect(fieldErrorsOf(undefined)).toEqual([]);
  });

  it("has messages for the account codes", () => {
    expect(translate("vi", errorMessageKey("PASSWORD_CHANGE_REQUIRED"))).toMatch(/đổi mật khẩu/);
    expect(translate("en", errorMessageKey("ACCOUNT_DEACTIVATED"))).toMatch(/deactivated/);
  });
});

describe("the one error text", () => {
  const vi = translator("vi");
  const en = translator("en");
  /** An ApiError as the GraphQL client builds it from the server's message and extensions. */
  const refusal = (code: "BAD_USER_INPUT" | "FORBIDDEN" | "UNKNOWN", message: string, extensions?: { messageEn?: string }) =>
    new ApiError(code, message, [], serverTextsOf(code, message, extensions));

  it("picks the server's text in the reader's language when the server sent both", () => {
    const refused = refusal("BAD_USER_INPUT", "PAKN đã được phân loại.", { messageEn: "The complaint is already classified." });
    expect(errorText(refused, "vi", vi)).toBe("PAKN đã được phân loại.");
    expect(errorText(refused, "en", en)).toBe("The complaint is already classified.");
  });

  it("names the file in both texts of a refused upload", () => {
    const refused = filesError(413, "bien-ban.pdf", { code: "TOO_LARGE", message: "Tệp quá lớn.", messageEn: "The file is too large." });
    expect(errorText(refused, "vi", vi)).toBe("bien-ban.pdf: Tệp quá lớn.");
    expect(errorText(refused, "en", en)).toBe("bien-ban.pdf: The file is too large.");
  });

  it("shows a refusal the server worded in Vietnamese only as it is, in Vietnamese only", () => {
    const refused = refusal("BAD_USER_INPUT", "Ô 3 của bảng: chưa có đơn vị chủ trì.");
    expect(errorText(refused, "vi", vi)).toBe("Ô 3 của bảng: chưa có đơn vị chủ trì.");
    expect(errorText(refused, "en", en)).toBe(en("errors.BAD_USER_INPUT"));
  });

  it("never shows technical English text or other codes' messages", () => {
    expect(errorText(refusal("FORBIDDEN", "actor lacks role CITY_ADMIN"), "vi", vi)).toBe(vi("errors.FORBIDDEN"));
    expect(errorText(refusal("FORBIDDEN", "actor lacks role CITY_ADMIN"), "en", en)).toBe(en("errors.FORBIDDEN"));
    expect(errorText(refusal("UNKNOWN", "Lỗi nội bộ"), "vi", vi)).toBe(vi("errors.UNKNOWN"));
    expect(errorText(new TypeError("boom"), "vi", vi)).toBe(vi("errors.UNKNOWN"));
  });
});
