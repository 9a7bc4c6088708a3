// Quit confirmation: the page reports whether it holds uncommitted decisions; closing the
// window then asks first. Pure state so tests can drive it.

export interface QuitGuard {
  setUnsaved(unsaved: boolean): void;
  /** Call from the window's `close` event; returns true when the close must be stopped to ask. */
  mustAsk(): boolean;
  /** The player chose to quit anyway: the next close goes through. */
  confirm(): void;
}

export function createQuitGuard(): QuitGuard {
  let unsaved = false;
  let confirmed = false;
  return {
    setUnsaved(value) {
      unsaved = value;
      if (value) confirmed = false;
    },
    mustAsk() {
      return unsaved && !confirmed;
    },
    confirm() {
      confirmed = true;
    },
  };
}

export const QUIT_DIALOG = {
  en: {
    message: 'You have decisions that are not saved.',
    detail: 'Quit anyway? Your decisions for this quarter will be lost.',
    buttons: ['Cancel', 'Quit without saving'],
  },
  zh: {
    message: '有尚未保存的决策。',
    detail: '仍要退出吗？本季度的决策将会丢失。',
    buttons: ['取消', '不保存并退出'],
  },
} as const;

/** Closing the app while it hosts a class: the class stops, and can be resumed from its folder. */
export const CLASS_STOP_DIALOG = {
  en: {
    message: 'A class is being hosted from this computer.',
    detail:
      'Quit and stop the class? Students lose their connection; everything the class accepted is kept in its folder, and File > Resume a Class hosts it again.',
    buttons: ['Keep hosting', 'Stop the class and quit'],
    pickTitle: {
      new: 'Where should the class folder go?',
      resume: 'Choose the class folder to resume',
    },
  },
  zh: {
    message: '本机正在主持课堂。',
    detail:
      '退出并结束课堂吗？学生将断开连接；课堂已接受的一切都保存在其文件夹中，可用“文件 > 恢复课堂”再次主持。',
    buttons: ['继续主持', '结束课堂并退出'],
    pickTitle: { new: '课堂文件夹放在哪里？', resume: '选择要恢复的课堂文件夹' },
  },
} as const;
