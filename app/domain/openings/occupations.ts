/**
 * Occupations that matter for inclusion work, by STYRK-08 code (the Norwegian classification,
 * identical to ISCO-08 at this four-digit level). Labels are ours, written for job seekers;
 * groups drive the occupation facet.
 */
export const occupationGroups = {
  CLEANING: { nb: "Renhold og vask", en: "Cleaning and laundry" },
  FOOD: { nb: "Kjøkken, kantine og servering", en: "Kitchen, canteen and serving" },
  RETAIL: { nb: "Butikk og salg", en: "Retail and sales" },
  LOGISTICS: { nb: "Lager og transport", en: "Warehouse and transport" },
  CARE: { nb: "Omsorg og oppvekst", en: "Care and childcare" },
  PROPERTY: { nb: "Bygg, drift og eiendom", en: "Building and property" },
  OUTDOOR: { nb: "Jord, hage og skog", en: "Farming, gardening and forestry" },
  PRODUCTION: { nb: "Produksjon og håndverk", en: "Production and crafts" },
  SERVICE: { nb: "Kontor, resepsjon og service", en: "Office, reception and service" },
} as const;

export type OccupationGroup = keyof typeof occupationGroups;
export type Occupation = { code: string; group: OccupationGroup; nb: string; en: string };

export const occupations: readonly Occupation[] = [
  { code: "9112", group: "CLEANING", nb: "Renholder i virksomheter", en: "Office and commercial cleaner" },
  { code: "9111", group: "CLEANING", nb: "Renholder i private hjem", en: "Domestic cleaner" },
  { code: "5151", group: "CLEANING", nb: "Renholdsleder", en: "Cleaning supervisor" },
  { code: "9121", group: "CLEANING", nb: "Vaskeri- og renseriarbeider", en: "Launderer and presser" },
  { code: "8157", group: "CLEANING", nb: "Vaskerimaskinoperatør", en: "Laundry machine operator" },
  { code: "9122", group: "CLEANING", nb: "Bilvasker og bilpleier", en: "Vehicle cleaner" },
  { code: "9123", group: "CLEANING", nb: "Vinduspusser", en: "Window cleaner" },
  { code: "9129", group: "CLEANING", nb: "Annen rengjøringsarbeider", en: "Other cleaning worker" },
  { code: "5120", group: "FOOD", nb: "Kokk", en: "Cook" },
  { code: "9412", group: "FOOD", nb: "Kjøkkenassistent", en: "Kitchen assistant" },
  { code: "9411", group: "FOOD", nb: "Hurtigmatmedarbeider", en: "Fast food preparer" },
  { code: "5131", group: "FOOD", nb: "Servitør", en: "Waiter" },
  { code: "5132", group: "FOOD", nb: "Bartender", en: "Bartender" },
  { code: "5246", group: "FOOD", nb: "Kafé- og kantinemedarbeider", en: "Café and canteen attendant" },
  { code: "7512", group: "FOOD", nb: "Baker og konditor", en: "Baker and pastry cook" },
  { code: "7511", group: "FOOD", nb: "Slakter og fiskehandler", en: "Butcher and fishmonger" },
  { code: "8160", group: "FOOD", nb: "Operatør i næringsmiddelproduksjon", en: "Food production machine operator" },
  { code: "5223", group: "RETAIL", nb: "Butikkmedarbeider", en: "Shop sales assistant" },
  { code: "5230", group: "RETAIL", nb: "Kasserer", en: "Cashier" },
  { code: "9334", group: "RETAIL", nb: "Varepåfyller", en: "Shelf filler" },
  { code: "5244", group: "RETAIL", nb: "Telefonselger", en: "Telephone salesperson" },
  { code: "4321", group: "LOGISTICS", nb: "Lagermedarbeider", en: "Warehouse worker" },
  { code: "9333", group: "LOGISTICS", nb: "Godshåndterer", en: "Freight handler" },
  { code: "9321", group: "LOGISTICS", nb: "Pakker", en: "Hand packer" },
  { code: "8344", group: "LOGISTICS", nb: "Truckfører", en: "Forklift driver" },
  { code: "8322", group: "LOGISTICS", nb: "Bil- og varebilsjåfør", en: "Car and van driver" },
  { code: "8332", group: "LOGISTICS", nb: "Lastebilsjåfør", en: "Heavy truck driver" },
  { code: "8331", group: "LOGISTICS", nb: "Bussjåfør", en: "Bus driver" },
  { code: "9621", group: "LOGISTICS", nb: "Budbringer", en: "Messenger and package deliverer" },
  { code: "4323", group: "LOGISTICS", nb: "Transportkoordinator", en: "Transport clerk" },
  { code: "5311", group: "CARE", nb: "Barnehageassistent", en: "Kindergarten assistant" },
  { code: "5312", group: "CARE", nb: "Skoleassistent", en: "Teaching assistant" },
  { code: "5321", group: "CARE", nb: "Helsefagarbeider og pleiemedarbeider", en: "Health care assistant" },
  { code: "5322", group: "CARE", nb: "Hjemmehjelp", en: "Home care worker" },
  { code: "5329", group: "CARE", nb: "Annen omsorgsmedarbeider", en: "Other care worker" },
  { code: "3412", group: "CARE", nb: "Miljøarbeider", en: "Social care worker" },
  { code: "5164", group: "CARE", nb: "Dyrepasser", en: "Animal care worker" },
  { code: "5153", group: "PROPERTY", nb: "Vaktmester", en: "Caretaker" },
  { code: "7115", group: "PROPERTY", nb: "Tømrer og snekker", en: "Carpenter" },
  { code: "7131", group: "PROPERTY", nb: "Maler", en: "Painter" },
  { code: "7126", group: "PROPERTY", nb: "Rørlegger", en: "Plumber" },
  { code: "7411", group: "PROPERTY", nb: "Elektriker", en: "Electrician" },
  { code: "9313", group: "PROPERTY", nb: "Hjelpearbeider i bygg", en: "Construction labourer" },
  { code: "9312", group: "PROPERTY", nb: "Anleggsarbeider", en: "Civil engineering labourer" },
  { code: "9611", group: "PROPERTY", nb: "Renovasjonsarbeider", en: "Refuse collector" },
  { code: "9612", group: "PROPERTY", nb: "Sorteringsarbeider (gjenvinning)", en: "Recycling sorter" },
  { code: "5414", group: "PROPERTY", nb: "Vekter", en: "Security guard" },
  { code: "6113", group: "OUTDOOR", nb: "Gartner", en: "Gardener" },
  { code: "9214", group: "OUTDOOR", nb: "Hagearbeider", en: "Garden labourer" },
  { code: "9211", group: "OUTDOOR", nb: "Gårdsarbeider", en: "Farm labourer" },
  { code: "6121", group: "OUTDOOR", nb: "Husdyrrøkter", en: "Livestock worker" },
  { code: "9215", group: "OUTDOOR", nb: "Skogsarbeider", en: "Forestry labourer" },
  { code: "9329", group: "PRODUCTION", nb: "Produksjonsmedarbeider", en: "Production worker" },
  { code: "8219", group: "PRODUCTION", nb: "Montør", en: "Assembler" },
  { code: "7522", group: "PRODUCTION", nb: "Møbelsnekker", en: "Cabinet maker" },
  { code: "7212", group: "PRODUCTION", nb: "Sveiser", en: "Welder" },
  { code: "7231", group: "PRODUCTION", nb: "Bilmekaniker", en: "Motor vehicle mechanic" },
  { code: "7531", group: "PRODUCTION", nb: "Skredder og sydame", en: "Tailor and seamstress" },
  { code: "7549", group: "PRODUCTION", nb: "Annen håndverker", en: "Other craft worker" },
  { code: "4226", group: "SERVICE", nb: "Resepsjonist", en: "Receptionist" },
  { code: "4224", group: "SERVICE", nb: "Hotellresepsjonist", en: "Hotel receptionist" },
  { code: "4110", group: "SERVICE", nb: "Kontormedarbeider", en: "Office clerk" },
  { code: "4132", group: "SERVICE", nb: "Dataregistrerer", en: "Data entry clerk" },
  { code: "4222", group: "SERVICE", nb: "Kundesentermedarbeider", en: "Contact centre agent" },
  { code: "3512", group: "SERVICE", nb: "IT-brukerstøtte", en: "IT user support" },
  { code: "5141", group: "SERVICE", nb: "Frisør", en: "Hairdresser" },
  { code: "9622", group: "SERVICE", nb: "Altmuligmann", en: "Odd-job worker" },
];

const byCode = new Map(occupations.map((o) => [o.code, o]));

export function getOccupation(code: string): Occupation | undefined {
  return byCode.get(code);
}

export function isOccupationCode(code: string): boolean {
  return byCode.has(code);
}

export function occupationLabel(code: string, locale: "nb" | "en"): string {
  return byCode.get(code)?.[locale] ?? code;
}
