// Types for folder-lock.mjs (plain JavaScript so that the launchers in scripts/ can import it).
export declare class EmbeddedDatabaseBusyError extends Error {
  constructor(dir: string);
}
export declare function lockDataFolder(dir: string, onCompromised: (error: Error) => void): Promise<() => Promise<void>>;
export declare function isDataFolderBusy(dir: string): Promise<boolean>;
