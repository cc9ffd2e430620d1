import { promotionMail, registrationMail } from './workshop-mails';
import type { WorkshopEntity } from './entities/workshop.entity';

const workshop = {
  title: 'Atelier Culture D pour les citoyen·nes',
  startsAt: new Date('2026-03-07T16:30:00Z'),
  endsAt: new Date('2026-03-07T18:30:00Z'),
  venue: { name: 'TUBÀ', address: 'Adresse communiquée aux personnes inscrites', postcode: '69003', city: 'Lyon' },
  onlineUrl: null,
} as unknown as WorkshopEntity;

describe('workshop e-mails', () => {
  it('confirms with the Paris time, the place and the cancellation link', () => {
    const mail = registrationMail(workshop, 'Camille', 'confirmed', undefined, 'https://culture-d.example/ateliers/annuler?jeton=abc');
    expect(mail.subject).toBe('Inscription confirmée : Atelier Culture D pour les citoyen·nes');
    expect(mail.text).toContain('samedi 7 mars 2026 à 17:30 – 19:30 (heure de Paris)');
    expect(mail.text).toContain('TUBÀ, Adresse communiquée aux personnes inscrites 69003 Lyon');
    expect(mail.text).toContain('https://culture-d.example/ateliers/annuler?jeton=abc');
  });

  it('tells a waitlisted person their position, and a promoted one their seat', () => {
    expect(registrationMail(workshop, 'Camille', 'waitlisted', 3, 'x').text).toContain('en position 3');
    expect(promotionMail(workshop, 'Camille').subject).toBe('Une place s’est libérée : Atelier Culture D pour les citoyen·nes');
  });
});
