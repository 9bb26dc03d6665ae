// The one place drizzle and drizzle-kit read the schema from.
export * from "./enums";
export * from "./auth";
export * from "./initiatives";
export * from "./events";
export * from "./people";
export * from "./crossings";
export * from "./records";
export * from "./outcomes";
export * from "./audit";
export * from "./releases";
export * from "./invitations";
export * from "./travel-documents";
export * from "./access";
export * from "./deletion";
export * from "./feedback";
export * from "./materials";
export * from "./check-ins";
