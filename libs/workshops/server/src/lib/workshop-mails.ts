import type { WorkshopEntity } from './entities/workshop.entity';

const when = (workshop: Pick<WorkshopEntity, 'startsAt' | 'endsAt'>) =>
  `${new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' }).format(workshop.startsAt)} – ${new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', timeStyle: 'short' }).format(workshop.endsAt)} (heure de Paris)`;

const where = (workshop: Pick<WorkshopEntity, 'venue' | 'onlineUrl'>) =>
  workshop.venue ? `${workshop.venue.name}, ${workshop.venue.address} ${workshop.venue.postcode} ${workshop.venue.city}`.replace(/\s+/g, ' ').trim() : workshop.onlineUrl ? `En ligne : ${workshop.onlineUrl}` : 'Lieu communiqué prochainement';

export function registrationMail(workshop: WorkshopEntity, name: string, status: 'confirmed' | 'waitlisted' | 'cancelled', position: number | undefined, cancelLink: string) {
  const head =
    status === 'confirmed'
      ? `Votre inscription à l’atelier « ${workshop.title} » est confirmée.`
      : `L’atelier « ${workshop.title} » est complet : vous êtes sur la liste d’attente, en position ${position}. Nous vous écrirons dès qu’une place se libère.`;
  return {
    subject: status === 'confirmed' ? `Inscription confirmée : ${workshop.title}` : `Liste d’attente : ${workshop.title}`,
    text: `Bonjour ${name},\n\n${head}\n\nQuand : ${when(workshop)}\nOù : ${where(workshop)}\n\nPour annuler votre inscription, ouvrez ce lien :\n${cancelLink}\n\nNous gardons votre nom et votre adresse e-mail pour cet atelier seulement ; ils sont effacés trois mois après l’atelier.\n\n— Culture D`,
  };
}

export function promotionMail(workshop: WorkshopEntity, name: string) {
  return {
    subject: `Une place s’est libérée : ${workshop.title}`,
    text: `Bonjour ${name},\n\nBonne nouvelle : une place s’est libérée et votre inscription à l’atelier « ${workshop.title} » est maintenant confirmée.\n\nQuand : ${when(workshop)}\nOù : ${where(workshop)}\n\n— Culture D`,
  };
}

export function reminderMail(workshop: Pick<WorkshopEntity, 'title' | 'startsAt' | 'endsAt' | 'venue' | 'onlineUrl'>, name: string) {
  return {
    subject: `C’est demain : ${workshop.title}`,
    text: `Bonjour ${name},\n\nPetit rappel : l’atelier « ${workshop.title} » a lieu demain.\n\nQuand : ${when(workshop)}\nOù : ${where(workshop)}\n\nSi vous ne pouvez plus venir, annulez votre inscription pour laisser la place à une autre personne.\n\n— Culture D`,
  };
}
