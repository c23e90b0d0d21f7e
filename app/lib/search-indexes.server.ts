/**
 * Importing this module registers every search index of the product (search/registry.server).
 * Openings and candidates add their registrations here in their own issues.
 */
export {};
