// The fideslang 3.x default data subjects (ethyca/fideslang, CC BY 4.0: see NOTICE).
// Ids are fideslang's; the English and German names are written for privlint.

export interface DataSubjectRecord {
  id: string;
  name: { en: string; de: string };
}

export const DATA_SUBJECTS: readonly DataSubjectRecord[] = [
  { id: 'anonymous_user', name: { en: 'Visitors who are not signed in', de: 'Nicht angemeldete Besucher' } },
  { id: 'citizen_voter', name: { en: 'Citizens and voters', de: 'Bürgerinnen, Bürger und Wählende' } },
  { id: 'commuter', name: { en: 'Commuters', de: 'Pendelnde' } },
  { id: 'consultant', name: { en: 'Consultants and contractors', de: 'Beratende und freie Mitarbeitende' } },
  { id: 'customer', name: { en: 'Customers', de: 'Kundinnen und Kunden' } },
  { id: 'employee', name: { en: 'Employees', de: 'Beschäftigte' } },
  { id: 'job_applicant', name: { en: 'Job applicants', de: 'Bewerberinnen und Bewerber' } },
  { id: 'next_of_kin', name: { en: 'Next of kin and emergency contacts', de: 'Angehörige und Notfallkontakte' } },
  { id: 'passenger', name: { en: 'Passengers', de: 'Fahrgäste' } },
  { id: 'patient', name: { en: 'Patients', de: 'Patientinnen und Patienten' } },
  { id: 'prospect', name: { en: 'Prospective customers', de: 'Interessentinnen und Interessenten' } },
  { id: 'shareholder', name: { en: 'Shareholders', de: 'Anteilseigner' } },
  { id: 'supplier_vendor', name: { en: 'Suppliers and vendors', de: 'Lieferanten und Dienstleister' } },
  { id: 'trainee', name: { en: 'Trainees and interns', de: 'Auszubildende und Praktikanten' } },
  { id: 'visitor', name: { en: 'Visitors to premises', de: 'Besucherinnen und Besucher vor Ort' } },
];
