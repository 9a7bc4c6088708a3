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
