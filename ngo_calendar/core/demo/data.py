"""The French text material of the demo association (a fictional food bank), as data tables.

Objectives and audiences are given by their index in DEFAULT_OBJECTIVES / DEFAULT_AUDIENCES, so
that the demo speaks the language the workspace was seeded in. Placeholders in braces are
filled by demo.py ({lieu}, {antenne}, {produit}, {kg}, ...).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.domain import Sensitivity

ASSOCIATION = "Les Paniers du Val d'Orsanne, banque alimentaire"
EDITOR = "Camille Leroux"
REVIEWER = "Bernard Morel"

# Indexes into DEFAULT_OBJECTIVES[language].
AWARENESS, TRUST, TRAFFIC, LINK, DONATIONS, RECRUIT, OUR_NEWS, CAUSE_NEWS = range(8)
# Indexes into DEFAULT_AUDIENCES[language].
BENEFICIARIES, DONORS, VOLUNTEERS, PARTNERS, PUBLIC, PRESS = range(6)

FACEBOOK, INSTAGRAM, LINKEDIN = "Facebook", "Instagram", "LinkedIn"
NEWSLETTER, WEBSITE, EVENTS_CHANNEL = "Newsletter", "Site web", "Événements"

# name, kind, colour, posts a week
CHANNELS: tuple[tuple[str, str, str, int], ...] = (
    (FACEBOOK, "facebook", "#1877f2", 4),
    (INSTAGRAM, "instagram", "#c13584", 3),
    (LINKEDIN, "linkedin", "#0a66c2", 1),
    (NEWSLETTER, "newsletter", "#2e7d32", 0),
    (WEBSITE, "website", "#6d4c41", 1),
    (EVENTS_CHANNEL, "event", "#ef6c00", 0),
)

COLLECTE = "Collecte nationale"
APPEAL = "Appel d'hiver : dons et bénévoles"

# Fillers. Shops and partners all take "la" or "l'" so that "à", "de" and "chez" stay correct.
LIEUX = (
    "la supérette du centre-bourg",
    "l'hypermarché de la zone des Brosses",
    "la moyenne surface de Bellefontaine",
    "l'épicerie bio de la place du Marché",
    "la boutique de producteurs de Saint-Méry",
    "la Halle aux frais de Montcour",
)
ANTENNES = (
    "antenne des Tilleuls",
    "antenne de Bellefontaine",
    "antenne de Montcour",
    "antenne du centre-bourg",
)
PARTENAIRES = (
    "la Maison des solidarités",
    "l'association des commerçants d'Orsanne",
    "la mairie de Montcour",
    "l'épicerie sociale de Bellefontaine",
    "la mutuelle du Val",
    "l'école hôtelière de Montcour",
    "l'amicale des sapeurs-pompiers",
)
PRODUITS = (
    "lait UHT",
    "café",
    "conserves de légumes",
    "produits d'hygiène",
    "couches",
    "sucre",
    "thon en boîte",
    "compotes",
    "farine",
)
RESTES = (
    "lentilles",
    "courges",
    "pommes un peu abîmées",
    "bananes trop mûres",
    "restes de riz",
    "carottes de la ramasse",
)
PORTRAITS = (
    ("Martine", "retraitée et pilier du tri des légumes"),
    ("Youssef", "chauffeur de la ramasse"),
    ("Claire", "responsable de l'accueil"),
    ("Jean-Pierre", "trésorier depuis douze ans"),
    ("Inès", "étudiante et bénévole du mercredi"),
    ("Mamadou", "magasinier à l'entrepôt"),
    ("Sophie", "coordinatrice des maraudes"),
    ("Lucas", "lycéen en service civique"),
)
CANCEL_REASONS = (
    "Annulé : doublon avec la publication du partenaire.",
    "Annulé : information dépassée, remplacée par l'annonce des horaires.",
    "Annulé : photo non validée par la personne concernée.",
)


@dataclass(frozen=True)
class Theme:
    """A kind of post the association publishes again and again, with its usual settings."""

    key: str
    weight: int
    objective: int
    audiences: tuple[int, ...]
    channels: tuple[str, ...]
    tags: tuple[str, ...]
    sensitivity: Sensitivity
    posts: tuple[tuple[str, str], ...]  # (title, body) templates
    short: str = ""  # Instagram's own text, when the theme goes there
    campaign: str | None = None
    after: tuple[tuple[str, str], ...] = ()  # for campaign themes: posts after the big day


MOVABLE, ESSENTIAL, TIME_BOUND = Sensitivity.MOVABLE, Sensitivity.ESSENTIAL, Sensitivity.TIME_BOUND

THEMES: tuple[Theme, ...] = (
    Theme("infos", 3, OUR_NEWS, (BENEFICIARIES,), (FACEBOOK, WEBSITE),
          ("infos-pratiques", "distribution"), ESSENTIAL, (
        ("Horaires de l'{antenne} cette semaine",
         "Accueil des familles inscrites de 9 h à 12 h et de 14 h à 17 h. Apportez vos sacs "
         "et votre carte d'accueil ; un bénévole peut vous aider à porter les colis."),
        ("Renouvellement des dossiers : à faire avant le {plus_tard}",
         "Les inscriptions se renouvellent tous les six mois, sur rendez-vous avec le CCAS ou "
         "l'assistante sociale de secteur. Prévoyez un justificatif de ressources récent."),
        ("Distribution exceptionnelle le {plus_tard} à l'{antenne}",
         "Un arrivage important de produits frais nous permet d'ouvrir un créneau de plus, de "
         "14 h à 16 h. Les familles inscrites sont prévenues par SMS."),
        ("Accès à l'{antenne} : entrée par la cour pendant les travaux",
         "Pendant les travaux de voirie, l'entrée se fait par la cour arrière. Le parking "
         "reste accessible aux personnes à mobilité réduite."),
    )),
    Theme("benevolat", 2, RECRUIT, (VOLUNTEERS, PUBLIC), (FACEBOOK, INSTAGRAM, LINKEDIN),
          ("bénévolat",), MOVABLE, (
        ("On cherche {benevoles} bénévoles pour le tri du {jour} matin",
         "Deux heures suffisent pour trier les fruits et légumes de la ramasse. Pas besoin "
         "d'expérience, juste de bonnes chaussures. Inscription sur le site ou au local."),
        ("Chauffeurs recherchés pour la ramasse chez {lieu}",
         "Vous avez le permis B et une matinée libre par mois ? Notre camion fait la tournée "
         "des magasins partenaires pour sauver les invendus. Un binôme vous accompagne."),
        ("Étudiants, lycéens : engagez-vous à l'{antenne}",
         "On vous forme à l'accueil, à la logistique ou à la communication, selon vos envies. "
         "Une attestation d'engagement est remise à la fin de l'année."),
        ("Jeunes retraités, votre expérience nous est précieuse",
         "Comptabilité, bricolage, accueil : beaucoup de nos piliers ont rejoint l'équipe à "
         "leur départ en retraite. Venez prendre un café au local le {jour} pour en parler."),
    ), short="On recrute ! {benevoles} bénévoles recherchés, lien en bio. #bénévolat #solidarité",
       campaign=APPEAL),
    Theme("portrait", 2, LINK, (VOLUNTEERS, PUBLIC), (INSTAGRAM, FACEBOOK),
          ("portrait", "bénévolat"), MOVABLE, (
        ("Portrait : {prenom}, {role}",
         "« On vient pour donner un coup de main, on reste pour l'équipe. » Chaque semaine,"
         " {prenom} fait partie des {benevoles} bénévoles qui font tourner l'{antenne}."),
        ("Les coulisses de l'entrepôt avec {prenom}",
         "Réception, pesée, contrôle des dates, rangement : {prenom} nous montre le trajet "
         "d'une palette, du camion jusqu'au panier d'une famille."),
        ("Trois questions à {prenom}, {role}",
         "Pourquoi s'engager, ce qui surprend au début, ce qui donne envie de revenir : "
         "{prenom} répond sans détour. L'entretien complet est sur notre site."),
    ), short="Rencontre avec {prenom}, {role}. #portrait #bénévoles"),
    Theme("merci", 2, TRUST, (DONORS, PARTNERS), (FACEBOOK, INSTAGRAM), ("merci",), MOVABLE, (
        ("Merci à {lieu} pour les {kg} kg de dons de la semaine",
         "Fruits, laitages et pain sauvés de la benne : grâce à la ramasse quotidienne, ces "
         "produits ont rejoint les étals de l'{antenne} le jour même."),
        ("Un grand merci à {partenaire}",
         "Son soutien nous a permis de remplir à nouveau les rayons d'épicerie sèche. Merci "
         "aussi à toutes celles et ceux qui ont relayé notre appel."),
        ("{benevoles} bénévoles mobilisés ce week-end : bravo !",
         "Tri, transport, accueil : vous avez répondu présents malgré le froid. Résultat, "
         "{kg} kg de denrées prêtes à être distribuées lundi."),
    ), short="Merci ! {kg} kg sauvés cette semaine. #merci #antigaspi"),
    Theme("ramasse", 2, AWARENESS, (PARTNERS, PUBLIC), (LINKEDIN, FACEBOOK),
          ("ramasse", "anti-gaspi"), MOVABLE, (
        ("Ramasse : comment nous sauvons {kg} kg d'invendus par semaine",
         "Chaque matin, notre camion frigorifique passe chez les commerces partenaires. Ce qui "
         "ne se vend plus mais se mange encore finit dans les paniers, pas à la poubelle."),
        ("La chaîne du froid, notre obsession",
         "Thermomètre, caisses isothermes et relevés à chaque étape : c'est ce qui permet aux "
         "magasins de nous confier leurs laitages et leur viande."),
        ("{lieu} rejoint le réseau de la ramasse",
         "Un nouveau partenaire, c'est une tournée qui s'allonge et des produits frais en plus "
         "pour l'{antenne}. Bienvenue dans l'aventure !"),
        ("DLC ou DDM : quelle différence ?",
         "Un yaourt dont la date limite est passée ne se donne pas ; un paquet de pâtes après "
         "sa date de durabilité minimale reste consommable. De quoi éviter bien du gaspillage."),
    )),
    Theme("chiffres", 1, TRUST, (DONORS, PARTNERS, PRESS), (LINKEDIN, WEBSITE),
          ("transparence", "chiffres"), MOVABLE, (
        ("Le mois en chiffres : {familles} familles accompagnées",
         "{kg} kg de denrées distribuées, {benevoles} bénévoles actifs, quatre antennes "
         "ouvertes. Le détail, mois après mois, est publié sur notre site."),
        ("Où va un don de 10 euros ?",
         "Grâce aux dons en nature et au temps des bénévoles, 10 euros financent l'équivalent "
         "d'une vingtaine de repas. Nos comptes annuels sont en ligne."),
        ("Rapport d'activité : le profil des familles change",
         "Plus de jeunes actifs, plus de retraités isolés : nous adaptons horaires et produits "
         "à celles et ceux que nous accueillons, {familles} familles ce trimestre."),
    )),
    Theme("dons", 2, DONATIONS, (DONORS, PUBLIC), (FACEBOOK, INSTAGRAM, NEWSLETTER),
          ("dons",), MOVABLE, (
        ("Votre don ouvre droit à 66 % de réduction d'impôt",
         "Un don de 50 euros ne vous coûte que 17 euros après réduction. Le reçu fiscal vous "
         "est envoyé automatiquement en début d'année."),
        ("Les besoins montent, nos réserves baissent",
         "Chaque don nous aide à acheter ce que la ramasse n'apporte pas : {produit}, huile, "
         "produits pour bébé. Merci de faire circuler ce message."),
        ("Don mensuel : la régularité qui change tout",
         "Un petit montant chaque mois nous permet de prévoir les achats et de négocier de "
         "meilleurs prix. Vous pouvez l'arrêter à tout moment."),
        ("Entreprises : pensez au mécénat de produits",
         "Surplus de production, erreurs d'étiquetage, fins de série : vos produits "
         "consommables peuvent nourrir des familles du Val d'Orsanne."),
    ), short="Chaque don compte : 66 % déductible. Lien en bio. #dons #solidarité",
       campaign=APPEAL),
    Theme("cause", 2, CAUSE_NEWS, (PUBLIC, PRESS), (LINKEDIN, FACEBOOK),
          ("précarité",), MOVABLE, (
        ("Ce que disent les derniers chiffres de la précarité alimentaire",
         "Les enquêtes nationales le confirment : l'aide alimentaire accueille aussi des "
         "salariés, des étudiants et des retraités. Notre {antenne} le voit chaque semaine."),
        ("Étudiants : la précarité ne prend pas de vacances",
         "L'{antenne} accueille chaque semaine des étudiants du campus. Un créneau en fin de "
         "journée leur est réservé le {jour}."),
        ("Hausse des prix : ce que ça change dans les paniers",
         "Quand les prix grimpent, les dons baissent et les besoins augmentent. "
         "Voici comment nous choisissons nos achats."),
        ("Bien manger quand on a peu n'est pas un luxe",
         "Fruits, légumes, protéines : nous voulons des paniers équilibrés, pas seulement "
         "remplis. C'est le sens de nos accords avec les maraîchers du Val."),
    )),
    Theme("recette", 2, TRAFFIC, (BENEFICIARIES, PUBLIC), (INSTAGRAM, WEBSITE),
          ("recette", "anti-gaspi"), MOVABLE, (
        ("Recette anti-gaspi : soupe de fanes et pain rassis",
         "Les légumes un peu fatigués de la ramasse font les meilleures soupes. La recette "
         "pas à pas, en photos, est sur notre site."),
        ("Que faire avec des {restes} ?",
         "Trois idées simples et bon marché proposées par les bénévoles de l'atelier cuisine. "
         "À retrouver sur le site, rubrique recettes."),
        ("Cuisiner pour la semaine avec un petit budget ({restes})",
         "Une heure en cuisine, cinq repas : l'atelier du {jour} a fait salle comble. Voici "
         "le menu et la liste de courses."),
    ), short="Recette anti-gaspi du jour, lien en bio. #antigaspi #recette"),
    Theme("maraude", 1, OUR_NEWS, (VOLUNTEERS, PUBLIC), (FACEBOOK,), ("maraude",), MOVABLE, (
        ("Retour sur la maraude du {jour} soir",
         "Soupe chaude, couvertures et beaucoup d'échanges : l'équipe a rencontré une "
         "trentaine de personnes dans le centre d'Orsanne."),
        ("Maraude : ce dont nous avons besoin",
         "Gants, bonnets, chaussettes chaudes et thermos : vos dons de matériel sont à déposer "
         "au local de la rue des Forges du lundi au vendredi."),
        ("Une soirée avec l'équipe de maraude",
         "De 20 h à minuit, quatre bénévoles et un camion. Récit d'une tournée ordinaire, "
         "entre la gare, les parkings et les entrées d'immeuble."),
    )),
    Theme("partenaires", 1, LINK, (PARTNERS,), (LINKEDIN,), ("partenaires",), MOVABLE, (
        ("Convention signée avec {partenaire}",
         "Mieux orienter les familles, partager des locaux, croiser nos agendas : un pas de "
         "plus vers un accompagnement complet."),
        ("{partenaire} nous ouvre ses portes",
         "Visite croisée de nos équipes : mieux se connaître pour mieux orienter les personnes "
         "que nous accueillons."),
        ("Aide alimentaire du Val : mutualiser camions et chambres froides",
         "Réunion des structures du territoire avec {partenaire} : un planning commun de "
         "ramasse est à l'essai pour trois mois."),
    )),
    Theme("lettre", 1, TRAFFIC, (DONORS, VOLUNTEERS), (NEWSLETTER,), ("lettre",), MOVABLE, (
        ("La lettre des Paniers du {ce_jour}",
         "Au sommaire : les chiffres du mois, le portrait de {prenom}, les besoins "
         "prioritaires ({produit}) et les prochaines dates à retenir."),
        ("Lettre aux donateurs : nouvelles de l'entrepôt ({ce_jour})",
         "Ce que vos dons ont permis ce mois-ci, les travaux de la chambre froide et l'agenda "
         "des prochaines collectes."),
    )),
    Theme("besoins", 1, DONATIONS, (PUBLIC,), (FACEBOOK, INSTAGRAM), ("besoins",), MOVABLE, (
        ("Rayon vide : nous manquons de {produit}",
         "Si vous faites vos courses cette semaine, pensez à nous : les dons sont acceptés au "
         "local de la rue des Forges et dans les boîtes des magasins partenaires."),
        ("Appel urgent : {produit} et produits pour bébé",
         "Nos stocks ne couvrent plus que quelques jours. Tout don, même petit, est le "
         "bienvenu à l'{antenne}."),
    ), short="Besoin urgent : {produit}. Dépôt au local, rue des Forges. #dons"),
    Theme("collecte", 4, DONATIONS, (PUBLIC, DONORS), (FACEBOOK, INSTAGRAM),
          ("collecte",), TIME_BOUND, (
        ("Collecte nationale : rendez-vous à {lieu}",
         "Du {collecte}, nos gilets orange vous attendent à l'entrée de {lieu}. Ajoutez une "
         "conserve ou un paquet de pâtes à vos courses : tout est redistribué ici."),
        ("Collecte : ce qui nous manque le plus ({produit})",
         "En priorité : {produit}, conserves de poisson, café et produits d'hygiène. Évitez "
         "le frais et le verre, difficiles à stocker."),
        ("Collecte : encore {benevoles} créneaux à pourvoir à {lieu}",
         "Deux heures de votre week-end du {collecte}, un gilet et le sourire : inscrivez-vous "
         "en ligne, on s'occupe du reste."),
    ), short="Collecte du {collecte} : on compte sur vous ! #collectenationale",
       campaign=COLLECTE, after=(
        ("Bilan de la collecte : {kg} kg récoltés à {lieu}",
         "Merci aux clients, aux équipes du magasin et aux bénévoles. Ces denrées vont "
         "nourrir des familles du Val d'Orsanne pendant des semaines."),
        ("Collecte : {benevoles} bénévoles, un immense merci",
         "Vous avez tenu les caddies, trié et pesé pendant trois jours. Les chiffres "
         "définitifs arrivent dans la prochaine lettre."),
    )),
)  # fmt: skip

# Events: title, body, days from today, weekday wanted (0 = Monday), hh:mm or None for all day,
# minutes (timed) or days (all day), objective, audiences, campaign.
EventRow = tuple[str, str, int, int, str | None, int, int, tuple[int, ...], str | None]
EVENTS: tuple[EventRow, ...] = (
    ("Réunion des partenaires de l'aide alimentaire",
     "Bilan du trimestre avec le CCAS et les épiceries sociales, planning commun des ramasses.",
     -38, 1, "14:00", 120, LINK, (PARTNERS,), None),
    ("Café des bénévoles", "Un moment pour se retrouver, accueillir les nouveaux, en parler.",
     -33, 3, "18:00", 90, LINK, (VOLUNTEERS,), None),
    ("Formation des nouveaux bénévoles",
     "Hygiène, chaîne du froid, accueil des familles : la matinée d'intégration.",
     -20, 5, "09:30", 180, RECRUIT, (VOLUNTEERS,), APPEAL),
    ("Maraude du soir", "Départ du local à 20 h ; soupe, couvertures, orientation.",
     -16, 4, "20:00", 180, OUR_NEWS, (VOLUNTEERS,), None),
    ("Atelier cuisine anti-gaspi", "Cuisiner les produits de la ramasse, avec les familles.",
     -9, 2, "14:00", 120, AWARENESS, (BENEFICIARIES, PUBLIC), None),
    ("Portes ouvertes de l'entrepôt", "Visite guidée, démonstration de tri, verre de l'amitié.",
     -5, 5, None, 1, TRUST, (PUBLIC, PRESS, DONORS), None),
    ("Maraude du soir", "Départ du local à 20 h ; soupe, couvertures, orientation.",
     5, 4, "20:00", 180, OUR_NEWS, (VOLUNTEERS,), None),
    ("Atelier cuisine anti-gaspi", "Spécial fêtes : menus complets à petit prix.",
     12, 2, "14:00", 120, AWARENESS, (BENEFICIARIES, PUBLIC), None),
    ("Formation des nouveaux bénévoles",
     "Hygiène, chaîne du froid, accueil des familles : la matinée d'intégration.",
     18, 5, "09:30", 180, RECRUIT, (VOLUNTEERS,), APPEAL),
    ("Assemblée générale de l'association",
     "Rapport moral et financier, élection du bureau, pot de fin d'année.",
     25, 3, "18:30", 120, TRUST, (VOLUNTEERS, DONORS, PARTNERS), None),
    ("Café des bénévoles", "Un moment pour se retrouver, accueillir les nouveaux, en parler.",
     31, 3, "18:00", 90, LINK, (VOLUNTEERS,), None),
    ("Concert solidaire au profit des Paniers",
     "La chorale d'Orsanne chante pour nous ; entrée libre, dons au chapeau.",
     33, 5, "20:30", 150, DONATIONS, (PUBLIC, DONORS), APPEAL),
    ("Stand au marché du samedi", "Informer, recruter, recevoir des dons sur le marché.",
     39, 5, "08:30", 240, RECRUIT, (PUBLIC, VOLUNTEERS), APPEAL),
)  # fmt: skip

MILESTONES: tuple[tuple[str, str, int], ...] = (
    ("Cap des 50 tonnes distribuées depuis janvier",
     "Un chiffre à annoncer partout, avec un merci à chaque maillon de la chaîne.", -12),
    ("Clôture des inscriptions à la prochaine formation",
     "Après cette date, les candidatures passent à la session suivante.", 41),
)  # fmt: skip

IDEAS: tuple[tuple[str, str, int], ...] = (
    ("Série vidéo : une journée à l'entrepôt",
     "Cinq épisodes d'une minute, du déchargement du camion à la distribution.", AWARENESS),
    ("Carte des points de collecte",
     "Une carte sur le site avec les magasins partenaires et les horaires de dépôt.", TRAFFIC),
    ("Témoignage d'une famille accompagnée",
     "Anonyme, avec son accord écrit ; relecture par l'assistante sociale.", AWARENESS),
    ("Défi anti-gaspi en famille sur Instagram",
     "Une semaine, un produit de la ramasse, vos recettes en story.", LINK),
    ("Quiz : vrai ou faux sur les dates de consommation",
     "Dix questions pour démêler DLC et DDM.", AWARENESS),
    ("Remercier les chauffeurs de la ramasse en vidéo",
     "Les magasins partenaires racontent le passage du camion.", TRUST),
    ("Podcast avec le CCAS sur l'accès aux droits",
     "Vingt minutes pour savoir à quelles aides on peut prétendre.", CAUSE_NEWS),
    ("Infographie : le trajet d'un don",
     "De votre caddie à l'assiette d'une famille, étape par étape.", TRUST),
    ("Live questions-réponses pour les futurs bénévoles",
     "Une demi-heure sur Facebook avec deux bénévoles et la coordinatrice.", RECRUIT),
    ("Calendrier de l'Avent solidaire",
     "Un produit par jour à déposer dans nos boîtes de collecte.", DONATIONS),
)  # fmt: skip

RECURRING = (
    "Distribution du mardi",
    "Rappel : distribution hebdomadaire à l'antenne des Tilleuls, de 9 h à 12 h. Fruits, "
    "légumes et produits frais selon les arrivages de la ramasse.",
)
RECURRING_SKIP_NOTE = (
    "Pas de distribution le {skip} (inventaire) ; celle du {moved} passe au lendemain."
)
