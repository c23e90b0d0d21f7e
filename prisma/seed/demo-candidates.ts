import { seededRandom } from "../../scripts/lib/random";

/**
 * Fictional candidates for the demo: 20 for each inclusion company. Names are invented
 * combinations; summaries hold work experience only, as the product asks of real ones.
 */
export type DemoCandidate = {
  org: string;
  fields: Record<string, string | string[]>;
  listed: boolean;
  shareAccommodations: boolean;
  status: "ACTIVE" | "PAUSED" | "PLACED";
};

const FIRST = [
  "Amina",
  "Jonas",
  "Fatima",
  "Eirik",
  "Sara",
  "Yonas",
  "Ingrid",
  "Ahmad",
  "Lena",
  "Tomasz",
  "Hawa",
  "Martin",
  "Olena",
  "Sindre",
  "Leila",
  "Petter",
  "Nadia",
  "Kasper",
  "Zahra",
  "Vilde",
  "Abdi",
  "Marte",
  "Dawit",
  "Ida",
  "Rasmus",
  "Hiba",
  "Andrii",
  "Synne",
  "Mustafa",
  "Tuva",
];
const LAST = [
  "Haile",
  "Nilsen",
  "Osman",
  "Brekke",
  "Kowalski",
  "Yusuf",
  "Solheim",
  "Rahimi",
  "Aas",
  "Tesfaye",
  "Lunde",
  "Hussein",
  "Kovalenko",
  "Myhre",
  "Ahmadi",
  "Eide",
  "Warsame",
  "Sæther",
  "Nguyen",
  "Fjeld",
];

type Profile = { occupations: string[]; skills: string[]; summary: string };
const PROFILES: Profile[] = [
  {
    occupations: ["9112"],
    skills: ["renhold", "rengjøringsmaskin", "kjemikalier"],
    summary: "To år som renholder i kontorbygg og skoler. Vant til å jobbe selvstendig etter renholdsplan.",
  },
  {
    occupations: ["9112", "9121"],
    skills: ["renhold", "vask", "sortering"],
    summary: "Arbeidstrening i vaskeri og renhold på sykehjem. Nøyaktig og stabil.",
  },
  {
    occupations: ["9412", "5246"],
    skills: ["oppvask", "matlaging", "hygiene"],
    summary: "Har jobbet i kantine og på kjøkken i barnehage. Kjenner til HACCP-rutiner.",
  },
  {
    occupations: ["5120"],
    skills: ["matlaging", "bakst", "menyplanlegging"],
    summary: "Kokk fra hjemlandet med fem års erfaring fra restaurant. Fagbrev under godkjenning.",
  },
  {
    occupations: ["4321", "9333"],
    skills: ["truck", "plukk", "pakking"],
    summary: "Lagerarbeid i tre år, med truckførerbevis T1 og T4. Erfaring med håndterminal.",
  },
  {
    occupations: ["9321", "9329"],
    skills: ["pakking", "montering", "kvalitetskontroll"],
    summary: "Pakking og montering i produksjon, i arbeidslag og på samlebånd.",
  },
  {
    occupations: ["5223", "9334"],
    skills: ["kundeservice", "kasse", "varepåfylling"],
    summary: "Butikkmedarbeider i dagligvare, kasse og varepåfylling. Trives med kunder.",
  },
  {
    occupations: ["5311"],
    skills: ["barn", "lek", "tur"],
    summary: "Assistent i barnehage gjennom språkpraksis. Har ansvar for turer og måltider.",
  },
  {
    occupations: ["5322", "5321"],
    skills: ["omsorg", "praktisk bistand", "hjemmetjeneste"],
    summary: "Praktisk bistand i hjemmetjenesten, handling og rengjøring hos brukere.",
  },
  {
    occupations: ["5153"],
    skills: ["vedlikehold", "snømåking", "enkelt snekkerarbeid"],
    summary: "Vaktmesterarbeid i borettslag: små reparasjoner, brøyting og utearealer.",
  },
  {
    occupations: ["9214", "6113"],
    skills: ["hagearbeid", "planting", "gressklipping"],
    summary: "Sesongarbeid i parkvesen og gartneri. Liker å jobbe ute i all slags vær.",
  },
  {
    occupations: ["8322", "9621"],
    skills: ["førerkort b", "levering", "ruteplanlegging"],
    summary: "Varelevering med varebil i byområde, to år. Har god lokalkunnskap.",
  },
  {
    occupations: ["9122"],
    skills: ["bilvask", "polering", "bilpleie"],
    summary: "Bilpleie på bensinstasjon og i bilverksted, innvendig og utvendig.",
  },
  {
    occupations: ["4226", "4110"],
    skills: ["kundeservice", "telefon", "excel"],
    summary: "Resepsjon og enkle kontoroppgaver på hotell. Snakker flere språk.",
  },
  {
    occupations: ["7512"],
    skills: ["baking", "bakeri", "tidlig morgen"],
    summary: "Baker i familiebakeri i mange år. Vil gjerne jobbe tidlig om morgenen.",
  },
  {
    occupations: ["9612", "9611"],
    skills: ["sortering", "gjenvinning", "kundeservice"],
    summary: "Arbeidstrening på gjenvinningsstasjon med veiledning av publikum.",
  },
  {
    occupations: ["5131", "5246"],
    skills: ["servering", "kaffe", "kasse"],
    summary: "Servering og kasse i kafé, både hverdag og helg.",
  },
  {
    occupations: ["3512", "4132"],
    skills: ["it-brukerstøtte", "dataregistrering", "office"],
    summary: "Brukerstøtte og dataregistrering i praksisplass hos kommunen.",
  },
];

const AREAS: Record<string, string[]> = {
  bergenarbeid: ["4601", "4601", "4601", "4624", "4631", "4626"],
  vestbro: ["4627", "4627", "4601", "4626", "4625"],
  nidarosjobb: ["5001", "5001", "5001", "5031", "5028", "5035"],
  fjellvekst: ["5033", "5033", "5032", "5026", "5001"],
};

const LANGS = ["en", "ar", "so", "ti", "uk", "pl", "prs", "es", "vi"];
const LEVELS = ["A2", "B1", "B2", "C1"];

export function demoCandidates(): DemoCandidate[] {
  const r = seededRandom(4821);
  const out: DemoCandidate[] = [];
  let n = 0;
  for (const [org, areas] of Object.entries(AREAS)) {
    for (let i = 0; i < 20; i++, n++) {
      const p = PROFILES[n % PROFILES.length]!;
      const first = FIRST[n % FIRST.length]!;
      const last = LAST[(n * 7) % LAST.length]!;
      const fullName = `${first} ${last}`;
      const norwegian = r.pick(["A2", "B1", "B1", "B2", "B2", "C1", "C2"]);
      const lang = r.pick(LANGS);
      const travel = r.pick(["OWN_MUNICIPALITY", "OWN_MUNICIPALITY", "COUNTY", "LISTED"] as const);
      const home = r.pick(areas);
      const birthYear = 1966 + ((n * 13) % 40);
      const fields: Record<string, string | string[]> = {
        fullName,
        birthYear: String(birthYear),
        phone: `9${String(10_000_000 + n * 7919).slice(1, 8)}`,
        email:
          `${first}.${last}`.toLowerCase().replace(/[æ]/g, "ae").replace(/[ø]/g, "o").replace(/[å]/g, "a") +
          "@eksempel.no",
        notes: "Oppfølgingssamtale annenhver uke.",
        occupationCodes: p.occupations,
        skills: p.skills.join(", "),
        summary: p.summary,
        confirmSummary: "on",
        municipalityNumber: home,
        travelMode: travel,
        workMunicipalities: travel === "LISTED" ? [...new Set([home, ...r.some(areas, 2)])] : [],
        hoursPerWeek: String(r.pick([15, 20, 20, 25, 30, 37])),
        earliestStart: new Date(Date.UTC(2026, 11, 1 + (n % 60))).toISOString().slice(0, 10),
        norwegianLevel: norwegian,
        language1: lang,
        language1Level: r.pick(LEVELS),
        licences: r.next() < 0.45 ? ["B"] : [],
        accommodations: r.some(["WORKING_HOURS", "PHYSICAL", "DAILY_WORK", "NORWEGIAN_LANGUAGE"], 2),
        targetGroups: [
          ...(birthYear > 1996 ? ["UNDER_30"] : birthYear < 1976 ? ["OVER_50"] : []),
          ...r.some(["CV_GAP", "NEWLY_ARRIVED", "VTA_AFT"], 1),
        ],
        measures: r.some(
          [
            "ARBEIDSTRENING",
            "MIDLERTIDIG_LONNSTILSKUDD",
            "VARIG_LONNSTILSKUDD",
            "MENTOR",
            "INKLUDERINGSTILSKUDD",
            "IPS_JOBBSTOTTE",
          ],
          3,
        ),
      };
      const listed = i % 7 !== 6;
      out.push({
        org,
        fields,
        listed,
        shareAccommodations: listed && i % 3 === 0,
        status: i % 10 === 9 ? "PAUSED" : i % 10 === 8 ? "PLACED" : "ACTIVE",
      });
    }
  }
  return out;
}
