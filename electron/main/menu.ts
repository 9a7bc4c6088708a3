// The application menu as a pure function of the platform, the language and the recent files;
// clicks call `send(command)` (forwarded to the page) or `about()`. Accelerators use
// CmdOrCtrl so each platform gets its usual keys (Cmd on macOS, Ctrl elsewhere); full screen
// and quit use Electron's roles, which carry the platform's own shortcuts (Ctrl+Cmd+F / F11,
// Cmd+Q / Ctrl+Q).

import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFileDto } from '../shared/ipc-contract.ts';

export type MenuLocale = 'zh' | 'en';

export interface MenuOptions {
  platform: NodeJS.Platform;
  locale: MenuLocale;
  appName: string;
  recent: readonly RecentFileDto[];
  send(command: MenuCommand): void;
  about(): void;
  /** Whether a class is being hosted (Stop the class is enabled only then). */
  classHosted?: boolean;
  stopClass?(): void;
}

const LABELS = {
  en: {
    file: '&File',
    newGame: 'New Game…',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: 'No recent files',
    save: 'Save',
    saveAs: 'Save As…',
    exportCsv: 'Export CSV…',
    print: 'Print Report…',
    hostClass: 'Host a Class…',
    resumeClass: 'Resume a Class…',
    stopClass: 'Stop the Class',
    edit: '&Edit',
    view: '&View',
    language: 'Language',
    fullScreen: 'Full Screen',
    help: '&Help',
    about: 'About Cloud Price War',
    quit: 'Quit',
  },
  zh: {
    file: '文件(&F)',
    newGame: '新游戏…',
    open: '打开…',
    openRecent: '最近打开',
    noRecent: '没有最近的文件',
    save: '保存',
    saveAs: '另存为…',
    exportCsv: '导出 CSV…',
    print: '打印报告…',
    hostClass: '开设课堂…',
    resumeClass: '恢复课堂…',
    stopClass: '结束课堂',
    edit: '编辑(&E)',
    view: '视图(&V)',
    language: '语言',
    fullScreen: '全屏',
    help: '帮助(&H)',
    about: '关于云价格战',
    quit: '退出',
  },
} as const;

export const ACCELERATORS = {
  newGame: 'CmdOrCtrl+N',
  open: 'CmdOrCtrl+O',
  save: 'CmdOrCtrl+S',
  saveAs: 'CmdOrCtrl+Shift+S',
  exportCsv: 'CmdOrCtrl+E',
  print: 'CmdOrCtrl+P',
} as const;

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = LABELS[options.locale];
  const mac = options.platform === 'darwin';
  const send = (command: MenuCommand) => () => options.send(command);

  const recentItems: MenuItemConstructorOptions[] =
    options.recent.length === 0
      ? [{ label: t.noRecent, enabled: false }]
      : options.recent.map((file) => ({
          label: file.name,
          toolTip: file.path,
          click: send({ command: 'open-recent', path: file.path }),
        }));

  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.newGame, accelerator: ACCELERATORS.newGame, click: send({ command: 'new-game' }) },
      { label: t.open, accelerator: ACCELERATORS.open, click: send({ command: 'open' }) },
      { label: t.openRecent, submenu: recentItems },
      { type: 'separator' },
      { label: t.save, accelerator: ACCELERATORS.save, click: send({ command: 'save' }) },
      { label: t.saveAs, accelerator: ACCELERATORS.saveAs, click: send({ command: 'save-as' }) },
      { type: 'separator' },
      {
        label: t.exportCsv,
        accelerator: ACCELERATORS.exportCsv,
        click: send({ command: 'export-csv' }),
      },
      { label: t.print, accelerator: ACCELERATORS.print, click: send({ command: 'print-report' }) },
      { type: 'separator' },
      { label: t.hostClass, click: send({ command: 'host-class' }) },
      { label: t.resumeClass, click: send({ command: 'resume-class' }) },
      {
        label: t.stopClass,
        enabled: options.classHosted === true,
        click: () => options.stopClass?.(),
      },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit } as const]),
    ],
  };

  const language = (locale: MenuLocale, label: string): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: options.locale === locale,
    click: send({ command: 'language', locale }),
  });

  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      { label: t.language, submenu: [language('zh', '中文'), language('en', 'English')] },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const aboutItem: MenuItemConstructorOptions = { label: t.about, click: () => options.about() };

  if (mac)
    return [
      {
        label: options.appName,
        submenu: [
          aboutItem,
          { type: 'separator' },
          { role: 'hide' },
          { role: 'hideOthers' },
          { role: 'unhide' },
          { type: 'separator' },
          { role: 'quit' },
        ],
      },
      fileMenu,
      editMenu,
      viewMenu,
      { role: 'windowMenu' },
    ];
  return [fileMenu, editMenu, viewMenu, { label: t.help, submenu: [aboutItem] }];
}
