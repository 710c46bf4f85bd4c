/**
 * Light or dark, as Office says when it can (Office.context.officeTheme); otherwise as the system says
 * (prefers-color-scheme), following it when it changes. Sets Fluent's design tokens (the custom
 * properties Fluent's components and styles.css read) to Fluent's web light or dark theme, and
 * data-theme for what styles.css adds of its own.
 */
import { setTheme as setFluentTheme } from '@fluentui/web-components';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';

type Theme = 'light' | 'dark';

/** Fluent's fonts have no Chinese: Office's Chinese UI fonts come before the system's. */
const fontFamilyBase = "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans SC', system-ui, sans-serif";

const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const value = parseInt(match[1], 16);
  const channels = [value >> 16, (value >> 8) & 0xff, value & 0xff].map((channel) => channel / 255);
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

function followSystem(): void {
  setTheme(systemDark.matches ? 'dark' : 'light');
}

/** The theme Office gives, or (without one, or before Office answers) the system's. */
export function applyOfficeTheme(theme: Office.OfficeTheme | undefined): void {
  const background = theme?.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  if (background !== null) {
    systemDark.removeEventListener('change', followSystem);
    setTheme(background < 0.5 ? 'dark' : 'light');
    return;
  }
  followSystem();
  systemDark.addEventListener('change', followSystem);
}

// Built once: Fluent keeps the CSS it makes from a theme in a map keyed by the object, so a new object each call would be converted again and kept.
const themes: Record<Theme, typeof webLightTheme> = {
  light: { ...webLightTheme, fontFamilyBase },
  dark: { ...webDarkTheme, fontFamilyBase },
};

function setTheme(theme: Theme): void {
  setFluentTheme(themes[theme]);
  document.documentElement.dataset.theme = theme;
}
