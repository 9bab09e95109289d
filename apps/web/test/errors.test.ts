import { describe, expect, it } from "vitest";
import { ApiError, ERROR_CODES, errorCodeOf, fieldErrorsOf, toErrorCode } from "../src/api/errors.ts";
import { errorMessageKey, errorMessageKeyOf, errorText } from "../src/i18n/error-message.ts";
import { translate } from "../src/i18n/translate.ts";

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
    const key = errorMessageKeyOf(new ApiError("FORBIDDEN", "actor lacks role CITY_ADMIN"));
    expect(key).toBe("errors.FORBIDDEN");
    expect(translate("vi", key)).not.toContain("CITY_ADMIN");
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
  const vi = (key: Parameters<typeof translate>[1]) => translate("vi", key);
  const en = (key: Parameters<typeof translate>[1]) => translate("en", key);

  it("shows a refusal the server worded in Vietnamese as it is, in Vietnamese only", () => {
    const refused = new ApiError("BAD_USER_INPUT", "Ô 3 của bảng: chưa có đơn vị chủ trì.");
    expect(errorText(refused, "vi", vi)).toBe("Ô 3 của bảng: chưa có đơn vị chủ trì.");
    expect(errorText(refused, "en", en)).toBe(en("errors.BAD_USER_INPUT"));
  });

  it("never shows technical English text or other codes' messages", () => {
    expect(errorText(new ApiError("FORBIDDEN", "actor lacks role CITY_ADMIN"), "vi", vi)).toBe(vi("errors.FORBIDDEN"));
    expect(errorText(new ApiError("UNKNOWN", "Lỗi nội bộ"), "vi", vi)).toBe(vi("errors.UNKNOWN"));
    expect(errorText(new TypeError("boom"), "vi", vi)).toBe(vi("errors.UNKNOWN"));
  });
});
