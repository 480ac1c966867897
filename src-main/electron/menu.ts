import type { MenuItemConstructorOptions } from 'electron';
import { say, type ShellLang } from './shell-messages';

export interface MenuOptions {
  lang: ShellLang;
  /** Unpackaged runs: reload and developer tools. */
  dev: boolean;
  platform: NodeJS.Platform;
  onAbout(): void;
}

/**
 * The application menu. Roles keep the platform's accelerators (Ctrl+C, Cmd+Q…); labels are set
 * explicitly because Electron's role labels are English only.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof say>[1]): string => say(options.lang, key);
  const about: MenuItemConstructorOptions = { label: t('menu.about'), click: () => options.onAbout() };
  const mac = options.platform === 'darwin';

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: 'Comptoir',
      submenu: [
        about,
        { type: 'separator' },
        { role: 'hide', label: t('menu.hide') },
        { role: 'quit', label: t('menu.quit') },
      ],
    });
  }
  template.push(
    {
      label: t('menu.file'),
      submenu: [mac ? { role: 'close', label: t('menu.close') } : { role: 'quit', label: t('menu.quit') }],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        ...(options.dev
          ? ([
              { role: 'reload', label: t('menu.reload') },
              { role: 'toggleDevTools', label: t('menu.devtools') },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullscreen') },
      ],
    },
    { label: t('menu.help'), role: 'help', submenu: [about] },
  );
  return template;
}
