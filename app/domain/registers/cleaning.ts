import type { ServiceArea } from "~/generated/prisma/enums";

/**
 * Which tasks are cleaning, so that only approved cleaning companies may take them: the task's
 * occupation (STYRK-08, app/domain/openings/occupations.ts). Forskrift om offentlig godkjenning av
 * renholdsvirksomheter (FOR-2012-03-08-213, lovdata.no, read 2026-12-02) covers cleaning services:
 * cleaning of premises, homes and windows and their supervision. Laundry (9121, 8157) and vehicle
 * care (9122, which has its own register, bilpleieregisteret) are not cleaning services under it.
 */
export const CLEANING_OCCUPATIONS: readonly string[] = [
  "9112", // Renholder i virksomheter
  "9111", // Renholder i private hjem
  "5151", // Renholdsleder
  "9123", // Vinduspusser
  "9129", // Annen rengjøringsarbeider
];

export function isCleaningOccupation(occupationCode: string): boolean {
  return CLEANING_OCCUPATIONS.includes(occupationCode);
}

/**
 * A task is cleaning when its buyer says so (its kind of work) or when its occupation is a
 * cleaning occupation: either way the law lets the buyer take only an approved cleaning company.
 */
export function isCleaningTask(task: { serviceArea: ServiceArea | null; occupationCode: string }): boolean {
  return task.serviceArea === "CLEANING" || isCleaningOccupation(task.occupationCode);
}
