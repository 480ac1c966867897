/** The staff profile acting at this desk, kept on this computer between sessions. */
export const STAFF_KEY = 'comptoir.staff';
export const DEFAULT_STAFF = 'Accueil';

let current = read();

function read(): string {
  try {
    return localStorage.getItem(STAFF_KEY) || DEFAULT_STAFF;
  } catch {
    return DEFAULT_STAFF;
  }
}

export function currentStaff(): string {
  return current;
}

export function setCurrentStaff(name: string): void {
  current = name;
  try {
    localStorage.setItem(STAFF_KEY, name);
  } catch {
    // Private mode: the choice lasts until the window closes.
  }
}
