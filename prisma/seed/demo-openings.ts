/** Fictional openings for the demo: realistic Norwegian jobs and tasks for inclusion work. */
export type DemoOpening = {
  org: string;
  kind: "JOB" | "TASK";
  title: string;
  occupationCode: string;
  municipalityNumber: string;
  hoursPerWeek: number;
  extent: "FULL_TIME" | "PART_TIME";
  skills: string[];
  measures: string[];
  accommodations: string[];
  description: string;
  budgetNok?: [number, number];
  reserved?: boolean;
};

type Template = Omit<DemoOpening, "org" | "municipalityNumber">;

const templates: Template[] = [
  {
    kind: "JOB",
    title: "Renholder i barnehage",
    occupationCode: "9112",
    hoursPerWeek: 20,
    extent: "PART_TIME",
    skills: ["renhold", "rengjøring"],
    measures: ["MENTOR", "MIDLERTIDIG_LONNSTILSKUDD"],
    accommodations: ["WORKING_HOURS"],
    description:
      "Daglig renhold av avdelinger, garderober og kjøkken. Arbeidstid etter at barna har gått hjem.\n\n- Opplæring med fast kollega\n- Tilpasset oppstart",
  },
  {
    kind: "JOB",
    title: "Kjøkkenassistent i kantine",
    occupationCode: "9412",
    hoursPerWeek: 30,
    extent: "PART_TIME",
    skills: ["oppvask", "matlaging", "hygiene"],
    measures: ["ARBEIDSTRENING", "MIDLERTIDIG_LONNSTILSKUDD"],
    accommodations: ["NORWEGIAN_LANGUAGE"],
    description: "Du hjelper kokken med forberedelser, servering og oppvask i en kantine for 150 ansatte.",
  },
  {
    kind: "JOB",
    title: "Lagermedarbeider",
    occupationCode: "4321",
    hoursPerWeek: 37.5,
    extent: "FULL_TIME",
    skills: ["plukk", "pakking", "truck"],
    measures: ["MIDLERTIDIG_LONNSTILSKUDD", "MENTOR"],
    accommodations: ["DAILY_WORK"],
    description: "Mottak, plukk og pakk av varer. Truckførerbevis er en fordel, men vi tar opplæring.",
  },
  {
    kind: "JOB",
    title: "Butikkmedarbeider",
    occupationCode: "5223",
    hoursPerWeek: 25,
    extent: "PART_TIME",
    skills: ["kundeservice", "kasse", "varepåfylling"],
    measures: ["ARBEIDSTRENING"],
    accommodations: ["WORKING_HOURS", "NORWEGIAN_LANGUAGE"],
    description: "Varepåfylling, kasse og hjelp til kunder i en travel dagligvarebutikk.",
  },
  {
    kind: "JOB",
    title: "Barnehageassistent",
    occupationCode: "5311",
    hoursPerWeek: 37.5,
    extent: "FULL_TIME",
    skills: ["barn", "lek", "tur"],
    measures: ["MENTOR", "IPS_JOBBSTOTTE"],
    accommodations: ["NORWEGIAN_LANGUAGE"],
    description: "Vær med i lek, på tur og i måltider sammen med barna og de andre ansatte.",
  },
  {
    kind: "JOB",
    title: "Vaktmester",
    occupationCode: "5153",
    hoursPerWeek: 37.5,
    extent: "FULL_TIME",
    skills: ["vedlikehold", "snømåking", "enkelt snekkerarbeid"],
    measures: ["VARIG_LONNSTILSKUDD", "MENTOR"],
    accommodations: ["PHYSICAL"],
    description: "Daglig drift og enkelt vedlikehold av skoler og idrettshaller.",
  },
  {
    kind: "JOB",
    title: "Varebilsjåfør",
    occupationCode: "8322",
    hoursPerWeek: 37.5,
    extent: "FULL_TIME",
    skills: ["førerkort b", "levering", "ruteplanlegging"],
    measures: ["MIDLERTIDIG_LONNSTILSKUDD"],
    accommodations: [],
    description: "Levering av varer til butikker og bedrifter i regionen. Førerkort klasse B kreves.",
  },
  {
    kind: "JOB",
    title: "Helsefagarbeider på sykehjem",
    occupationCode: "5321",
    hoursPerWeek: 28,
    extent: "PART_TIME",
    skills: ["pleie", "omsorg", "turnus"],
    measures: ["MENTOR", "INKLUDERINGSTILSKUDD"],
    accommodations: ["WORKING_HOURS"],
    description: "Stell og omsorg for beboerne i samarbeid med sykepleier. Turnus med hver tredje helg.",
  },
  {
    kind: "JOB",
    title: "Hagearbeider i parkvesenet",
    occupationCode: "9214",
    hoursPerWeek: 37.5,
    extent: "FULL_TIME",
    skills: ["planting", "klipping", "hagearbeid"],
    measures: ["ARBEIDSTRENING", "VTA_O"],
    accommodations: ["DAILY_WORK"],
    description: "Stell av parker og grøntarealer fra april til oktober, med faste arbeidslag.",
  },
  {
    kind: "JOB",
    title: "Produksjonsmedarbeider",
    occupationCode: "9329",
    hoursPerWeek: 37.5,
    extent: "FULL_TIME",
    skills: ["montering", "kvalitetskontroll"],
    measures: ["VARIG_LONNSTILSKUDD", "FUNKSJONSASSISTANSE"],
    accommodations: ["PHYSICAL", "DAILY_WORK"],
    description: "Montering og pakking i en moderne produksjonshall med tilrettelagte arbeidsstasjoner.",
  },
  {
    kind: "JOB",
    title: "Resepsjonist",
    occupationCode: "4226",
    hoursPerWeek: 20,
    extent: "PART_TIME",
    skills: ["kundeservice", "telefon", "engelsk"],
    measures: ["MENTOR"],
    accommodations: ["WORKING_HOURS"],
    description: "Ta imot besøkende, svare på telefon og hjelpe kolleger med enkle kontoroppgaver.",
  },
  {
    kind: "JOB",
    title: "Vaskeriarbeider",
    occupationCode: "9121",
    hoursPerWeek: 30,
    extent: "PART_TIME",
    skills: ["vask", "sortering", "bretting"],
    measures: ["ARBEIDSTRENING", "VTA_O"],
    accommodations: ["DAILY_WORK"],
    description: "Sortering, vask og bretting av tøy for sykehjem og hoteller.",
  },
  {
    kind: "JOB",
    title: "Bilpleier",
    occupationCode: "9122",
    hoursPerWeek: 30,
    extent: "PART_TIME",
    skills: ["bilvask", "polering"],
    measures: ["MIDLERTIDIG_LONNSTILSKUDD"],
    accommodations: [],
    description: "Innvendig og utvendig vask og polering av personbiler.",
  },
  {
    kind: "JOB",
    title: "Baker",
    occupationCode: "7512",
    hoursPerWeek: 37.5,
    extent: "FULL_TIME",
    skills: ["baking", "bakeri", "tidlig morgen"],
    measures: ["MENTOR", "MIDLERTIDIG_LONNSTILSKUDD"],
    accommodations: ["WORKING_HOURS"],
    description: "Baking av brød og bakervarer fra tidlig morgen, sammen med erfarne bakere.",
  },
  {
    kind: "JOB",
    title: "Servitør i kafé",
    occupationCode: "5131",
    hoursPerWeek: 20,
    extent: "PART_TIME",
    skills: ["servering", "kaffe", "kundeservice"],
    measures: ["ARBEIDSTRENING"],
    accommodations: ["NORWEGIAN_LANGUAGE"],
    description: "Servering, kasse og rydding i en kafé med mange faste gjester.",
  },
  {
    kind: "JOB",
    title: "Sorteringsarbeider på gjenvinningsstasjon",
    occupationCode: "9612",
    hoursPerWeek: 37.5,
    extent: "FULL_TIME",
    skills: ["sortering", "gjenvinning"],
    measures: ["VTA_O", "VARIG_LONNSTILSKUDD"],
    accommodations: ["PHYSICAL"],
    description: "Veiledning av publikum og sortering av avfall på gjenvinningsstasjonen.",
  },
  {
    kind: "TASK",
    title: "Ukentlig renhold av kontorlokaler",
    occupationCode: "9112",
    hoursPerWeek: 10,
    extent: "PART_TIME",
    skills: ["renhold"],
    measures: ["VTA_O"],
    accommodations: [],
    description: "Oppdrag: renhold av 600 m² kontor hver uke i ett år, med mulighet for forlengelse.",
    budgetNok: [150_000, 250_000],
    reserved: true,
  },
  {
    kind: "TASK",
    title: "Vedlikehold av grøntområder",
    occupationCode: "9214",
    hoursPerWeek: 15,
    extent: "PART_TIME",
    skills: ["gressklipping", "hagearbeid"],
    measures: ["ARBEIDSTRENING"],
    accommodations: [],
    description: "Oppdrag: klipping, raking og beplantning på tre skoler gjennom sesongen.",
    budgetNok: [80_000, 140_000],
    reserved: true,
  },
  {
    kind: "TASK",
    title: "Vask av arbeidstøy",
    occupationCode: "9121",
    hoursPerWeek: 8,
    extent: "PART_TIME",
    skills: ["vask", "logistikk"],
    measures: [],
    accommodations: [],
    description: "Oppdrag: henting, vask og levering av arbeidstøy for hjemmetjenesten hver uke.",
    budgetNok: [60_000, 90_000],
    reserved: false,
  },
  {
    kind: "TASK",
    title: "Kantinedrift på rådhuset",
    occupationCode: "5246",
    hoursPerWeek: 30,
    extent: "PART_TIME",
    skills: ["kantine", "matlaging"],
    measures: ["ARBEIDSTRENING", "MENTOR"],
    accommodations: [],
    description: "Oppdrag: drift av kantinen på rådhuset fire dager i uka, med lunsj for 80 ansatte.",
    budgetNok: [400_000, 600_000],
    reserved: true,
  },
];

const places: { org: string; municipalityNumber: string }[] = [
  { org: "bergen", municipalityNumber: "4601" },
  { org: "fjordkafe", municipalityNumber: "4601" },
  { org: "trondheim", municipalityNumber: "5001" },
  { org: "nidaroslager", municipalityNumber: "5001" },
  { org: "askoyrenhold", municipalityNumber: "4627" },
  { org: "bryggebakeri", municipalityNumber: "4601" },
  { org: "malvikbil", municipalityNumber: "5031" },
  { org: "tydal", municipalityNumber: "5033" },
];

const municipal = new Set(["bergen", "trondheim", "tydal"]);

/** 60 openings: each template three times at different employers; tasks only at municipalities. */
export function demoOpenings(): DemoOpening[] {
  const out: DemoOpening[] = [];
  templates.forEach((template, i) => {
    const candidates = template.kind === "TASK" ? places.filter((p) => municipal.has(p.org)) : places;
    for (let k = 0; k < 3; k++) {
      const place = candidates[(i + k) % candidates.length]!;
      out.push({ ...template, ...place });
    }
  });
  return out;
}
