/**
 * Light or dark, as Office says when it can (Office.context.officeTheme); otherwise as the system says
 * (prefers-color-scheme), following it when it changes. The stylesheet only reads data-theme.
 */

function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const value = parseInt(match[1], 16);
  const channels = [value >> 16, (value >> 8) & 0xff, value & 0xff].map((channel) => channel / 255);
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

export function applyOfficeTheme(theme: Office.OfficeTheme | undefined): void {
  const background = theme?.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  if (background !== null) {
    setTheme(background < 0.5 ? 'dark' : 'light');
    return;
  }
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  setTheme(systemDark.matches ? 'dark' : 'light');
  systemDark.addEventListener('change', (event) => setTheme(event.matches ? 'dark' : 'light'));
}

function setTheme(theme: 'light' | 'dark'): void {
  document.documentElement.dataset.theme = theme;
}
