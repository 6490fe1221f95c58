/**
 * A visitor's progress, kept in the browser (localStorage) so a reload or a later visit finds
 * it; a signed-in learner's lives on the server, and what a visitor did before signing in is
 * sent there once (see useTrainingProgress).
 */
const KEY = 'polisee-training-progress';

export interface LocalModuleProgress {
  lessons: string[];
  bestPercent: number | null;
  passed: boolean;
}

type Store = Record<string, LocalModuleProgress>;

function read(): Store {
  try {
    const raw = window.localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Store) : {};
  } catch {
    return {};
  }
}

function write(store: Store): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(store));
  } catch {
    // storage full or disabled: progress then lasts for the page only
  }
}

export function localProgress(moduleId: string): LocalModuleProgress {
  return read()[moduleId] ?? { lessons: [], bestPercent: null, passed: false };
}

export function allLocalProgress(): Store {
  return read();
}

export function saveLocalLesson(moduleId: string, lessonId: string): LocalModuleProgress {
  const store = read();
  const p = store[moduleId] ?? { lessons: [], bestPercent: null, passed: false };
  if (!p.lessons.includes(lessonId)) p.lessons = [...p.lessons, lessonId];
  store[moduleId] = p;
  write(store);
  return p;
}

export function saveLocalAttempt(moduleId: string, percent: number, passed: boolean): LocalModuleProgress {
  const store = read();
  const p = store[moduleId] ?? { lessons: [], bestPercent: null, passed: false };
  p.bestPercent = Math.max(p.bestPercent ?? 0, percent);
  p.passed = p.passed || passed;
  store[moduleId] = p;
  write(store);
  return p;
}
