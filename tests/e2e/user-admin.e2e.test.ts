import { randomUUID } from "node:crypto";
/**
 * User administration in the browser (issue 9): the administrator creates an account and is shown its
 * temporary password once; the new user signs in with it, is sent to the change-password page, chooses
 * a password and reaches their home page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, openPage, signIn, webUrl } from "./browser.ts";

// Unique, so the suite also runs again against a stack it already ran on.
const USERNAME = `lanhdao.${randomUUID().slice(0, 8)}`;

describe("web admin: user accounts", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("an administrator creates a user with a temporary password; the user must change it and then reaches home", async () => {
    const admin = await openPage(browser, { name: "user-admin-create" });
    await signIn(admin, "admin", "Admin@2024");
    await admin.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tài khoản", exact: true }).click();
    await admin.getByRole("heading", { name: "Quản lý tài khoản", level: 1 }).waitFor();
    // The paged list finds a seeded account by its username (other suites' accounts fill the first pages).
    const search = admin.getByRole("search", { name: "Tìm theo tên đăng nhập hoặc họ tên" });
    const find = async (username: string) => {
      await search.getByLabel("Tìm theo tên đăng nhập hoặc họ tên").fill(username);
      await search.getByRole("button", { name: "Lọc" }).click();
      await admin.getByRole("cell", { name: username, exact: true }).waitFor();
    };
    await find("phuong.leloi");

    await admin.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
    const form = admin.getByRole("form", { name: "Tạo tài khoản mới" });
    // A refused form says what is wrong next to the field, in Vietnamese.
    await form.getByLabel("Tên đăng nhập", { exact: true }).fill("x");
    await form.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
    await form.getByText("Tên đăng nhập gồm 3–64 ký tự", { exact: false }).waitFor();

    await form.getByLabel("Tên đăng nhập", { exact: true }).fill(USERNAME);
    await form.getByLabel("Họ và tên", { exact: true }).fill("Phạm Thị Mới");
    await form.getByLabel("Lãnh đạo", { exact: true }).check();
    await form.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
    const secret = admin.locator("code.code");
    await secret.waitFor();
    const temporaryPassword = (await secret.innerText()).trim();
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{12}$/);
    await find(USERNAME);

    const user = await openPage(browser, { name: "user-admin-first-sign-in" });
    await signIn(user, USERNAME, temporaryPassword);
    await user.getByRole("heading", { name: "Đổi mật khẩu", level: 1 }).waitFor();
    expect(new URL(user.url()).pathname).toBe("/change-password");
    // Typing another address does not get around it.
    await user.goto(webUrl("/directory"));
    await user.getByRole("heading", { name: "Đổi mật khẩu", level: 1 }).waitFor();

    await user.getByLabel("Mật khẩu hiện tại", { exact: true }).fill(temporaryPassword);
    await user.getByLabel("Mật khẩu mới", { exact: true }).fill("MatKhau2026moi");
    await user.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill("MatKhau2026moi");
    await user.getByRole("button", { name: "Đổi mật khẩu", exact: true }).click();

    await user.getByRole("heading", { name: "Danh mục đơn vị", level: 1 }).waitFor();
    expect(new URL(user.url()).pathname).not.toBe("/change-password");
    expect(await user.locator(".user__name").innerText()).toBe("Phạm Thị Mới");
    // A leader does not administer accounts: no such section.
    expect(await user.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tài khoản" }).count()).toBe(0);
  });
});
