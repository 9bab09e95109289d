import type { ThemeConfig } from "antd";

/** The one theme of the admin app: the red of state documents, system fonts, compact enough for dense tables. */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: "#a4161a",
    colorLink: "#1d4ed8",
    // Ant Design derives the hover shade by lightening the link (#6d99f2 from this blue, 2.8:1 on white),
    // which axe failed on a link the mouse happened to rest on; hovering darkens instead.
    colorLinkHover: "#1e40af",
    colorLinkActive: "#1e3a8a",
    colorError: "#8a1116",
    borderRadius: 6,
    fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
    fontSize: 15,
    // Ant Design's grey for hints and secondary text (#8c8c8c) reads at 3.4:1 on white; axe (WCAG AA)
    // asks 4.5:1. The app's muted ink (styles.css --muted) instead.
    colorTextDescription: "#5a6675",
    colorTextTertiary: "#5a6675",
    // Placeholders (#bfbfbf by default, 1.8:1): the same muted ink, readable at 4.5:1.
    colorTextPlaceholder: "#5a6675",
    // Status tags write their text in these seeds on a light tint of them: Ant Design's defaults
    // (#faad14, #52c41a, #1677ff) read at 1.8–3.9:1 there; these darker shades pass 4.5:1.
    colorWarning: "#ad4e00",
    colorSuccess: "#237804",
    colorInfo: "#0958d9",
    // The tints under that text: Ant Design derives each from its seed (the first step of the seed's
    // palette), and from these dark seeds the step is a dull grey — #adb8a5 under the success green
    // (2.7:1) and #ede4d5 under the warning orange (4.3:1), which axe rightly failed on a plan's review
    // table. Ant Design's own light tints instead: 5.4:1, 5.1:1 and 8.8:1 with the seeds above.
    colorSuccessBg: "#f6ffed",
    colorSuccessBorder: "#b7eb8f",
    colorWarningBg: "#fff7e6",
    colorWarningBorder: "#ffd591",
    colorErrorBg: "#fff1f0",
    colorErrorBorder: "#ffccc7",
  },
  components: {
    Layout: { headerBg: "#a4161a", headerColor: "#fff", bodyBg: "#f5f7f9", headerPadding: "0 16px" },
    Table: { headerBg: "#eef1f4" },
  },
};
