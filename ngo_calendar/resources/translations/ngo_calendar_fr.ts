<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Files are linked, not copied: keep them in a shared folder. Double-click to open one; drop files here to add them.</source>
        <translation>Les fichiers sont liés, pas copiés&#xa0;: gardez-les dans un dossier partagé. Double-cliquez sur un fichier pour l’ouvrir&#x202f;; déposez des fichiers ici pour les ajouter.</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>Fichier introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (file not found)</source>
        <translation>%1 (fichier introuvable)</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Ajouter des pièces jointes</translation>
    </message>
    <message>
        <source>All files (*);;Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Tous les fichiers (*);;Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <source>A campaign groups the items of one effort (an appeal, an event, an awareness day) so that it stands out in the calendar.</source>
        <translation>Une campagne regroupe les publications d’une même action (un appel aux dons, un événement, une journée de sensibilisation) pour la faire ressortir dans le calendrier.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>Removing &quot;{name}&quot; leaves its %n item(s) in the calendar, without a campaign.</source>
        <translation>
            <numerusform>Supprimer «&#xa0;{name}&#xa0;»&#xa0;: %n publication reste dans le calendrier, sans campagne.</numerusform>
            <numerusform>Supprimer «&#xa0;{name}&#xa0;»&#xa0;: %n publications restent dans le calendrier, sans campagne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns: &quot;{name}&quot; ends before it starts.</source>
        <translation>Campagnes&#xa0;: «&#xa0;{name}&#xa0;» se termine avant de commencer.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>ChannelText</name>
    <message>
        <source>Text used only on %1. Leave it empty to use the main text.</source>
        <translation>Texte utilisé uniquement sur %1. Laissez-le vide pour utiliser le texte principal.</translation>
    </message>
    <message>
        <source>Empty: the main text is used on this channel.</source>
        <translation>Vide&#xa0;: le texte principal est utilisé sur ce canal.</translation>
    </message>
    <message>
        <source>Start from the main text</source>
        <translation>Partir du texte principal</translation>
    </message>
    <message>
        <source>Copy the main text here to shorten or adapt it.</source>
        <translation>Copier ici le texte principal pour le raccourcir ou l’adapter.</translation>
    </message>
    <message>
        <source>Own text: </source>
        <translation>Texte dédié&#xa0;: </translation>
    </message>
    <message>
        <source>Main text: </source>
        <translation>Texte principal&#xa0;: </translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Character limit</source>
        <translation>Limite de caractères</translation>
    </message>
    <message>
        <source>Posts per week</source>
        <translation>Publications par semaine</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Nom du canal</translation>
    </message>
    <message>
        <source>The channels where the association publishes. Posts per week is the regular presence to keep on each one, so that none falls silent.</source>
        <translation>Les canaux où l’association publie. Les publications par semaine indiquent la présence régulière à tenir sur chacun, pour qu’aucun ne tombe dans le silence.</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Lettre d’information</translation>
    </message>
    <message>
        <source>Website or blog</source>
        <translation>Site web ou blog</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <source>Event (IRL)</source>
        <translation>Événement (en présentiel)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Non fixé</translation>
    </message>
    <message numerus="yes">
        <source>&quot;{name}&quot; is used by %n item(s): move them to another channel before removing it.</source>
        <translation>
            <numerusform>«&#xa0;{name}&#xa0;» est utilisé par %n publication&#xa0;: déplacez-la vers un autre canal avant de le supprimer.</numerusform>
            <numerusform>«&#xa0;{name}&#xa0;» est utilisé par %n publications&#xa0;: déplacez-les vers un autre canal avant de le supprimer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CharCounter</name>
    <message numerus="yes">
        <source>%n character(s) (no limit)</source>
        <translation>
            <numerusform>%n caractère (sans limite)</numerusform>
            <numerusform>%n caractères (sans limite)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over by %n character(s)</source>
        <translation>
            <numerusform>%n caractère en trop</numerusform>
            <numerusform>%n caractères en trop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>%1 (all day)</source>
        <translation>%1 (toute la journée)</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>aucun canal</translation>
    </message>
    <message>
        <source>⚠ Text too long for: %1</source>
        <translation>⚠ Texte trop long pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Canaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Campagne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation>Objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Repeats (this occurrence was moved)</source>
        <translation>Se répète (cette occurrence a été déplacée)</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se répète</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>Crisis</name>
    <message>
        <source>Add a message…</source>
        <translation>Ajouter un message…</translation>
    </message>
    <message>
        <source>End the crisis…</source>
        <translation>Terminer la crise…</translation>
    </message>
    <message>
        <source>Paused until the crisis ends; its end re-plans them.</source>
        <translation>En pause jusqu&apos;à la fin de la crise, qui les replanifie.</translation>
    </message>
    <message>
        <source>&amp;Crisis</source>
        <translation>&amp;Crise</translation>
    </message>
    <message>
        <source>Declare a crisis…</source>
        <translation>Déclarer une crise…</translation>
    </message>
    <message>
        <source>Add a crisis message…</source>
        <translation>Ajouter un message de crise…</translation>
    </message>
    <message>
        <source>Crisis rules…</source>
        <translation>Règles de crise…</translation>
    </message>
    <message>
        <source>Cancel the crisis (not begun)</source>
        <translation>Annuler la crise (pas encore commencée)</translation>
    </message>
    <message>
        <source>Cancel the crisis</source>
        <translation>Annuler la crise</translation>
    </message>
    <message>
        <source>Crisis “%1” declared, begins %2</source>
        <translation>Crise «&#xa0;%1&#xa0;» déclarée, commence le %2</translation>
    </message>
    <message>
        <source>Crisis “%1” since %2: %n item(s) held until it ends</source>
        <translation>Crise «&#xa0;%1&#xa0;» depuis le %2&#xa0;: %n élément(s) en pause jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source>Crisis “%1” since %2, expected to end %3</source>
        <translation>Crise «&#xa0;%1&#xa0;» depuis le %2, fin prévue le %3</translation>
    </message>
    <message>
        <source>: %n item(s) held</source>
        <translation>&#xa0;: %n élément(s) en pause</translation>
    </message>
    <message>
        <source>Held (%n)</source>
        <translation>En pause (%n)</translation>
    </message>
    <message>
        <source>Crisis cancelled: the plan is as it was (Ctrl+Z takes it back)</source>
        <translation>Crise annulée&#xa0;: le planning est comme avant (Ctrl+Z la rétablit)</translation>
    </message>
    <message>
        <source>Crisis ended: held items re-planned</source>
        <translation>Crise terminée&#xa0;: éléments en pause replanifiés</translation>
    </message>
    <message>
        <source>Crisis declared: the plan is applied (Ctrl+Z takes it back)</source>
        <translation>Crise déclarée&#xa0;: le plan est appliqué (Ctrl+Z l&apos;annule)</translation>
    </message>
    <message>
        <source>Add a channel first (File › Settings).</source>
        <translation>Ajoutez d&apos;abord un canal (Fichier › Paramètres).</translation>
    </message>
    <message>
        <source>Crisis message</source>
        <translation>Message de crise</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>End the crisis</source>
        <translation>Terminer la crise</translation>
    </message>
    <message>
        <source>Declare a crisis</source>
        <translation>Déclarer une crise</translation>
    </message>
    <message>
        <source>e.g. Floods in the valley</source>
        <translation>ex. Inondations dans la vallée</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Open-ended (end unknown)</source>
        <translation>Sans fin connue</translation>
    </message>
    <message>
        <source>Expected end:</source>
        <translation>Fin prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Channels (none ticked: all):</source>
        <translation>Canaux (aucun coché&#xa0;: tous)&#xa0;:</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>Horizon&#xa0;:</translation>
    </message>
    <message>
        <source> days after the end</source>
        <translation> jours après la fin</translation>
    </message>
    <message>
        <source>The crisis “%1” began on %2. Its held items are re-planned from its end.</source>
        <translation>La crise «&#xa0;%1&#xa0;» a commencé le %2. Ses éléments en pause sont replanifiés à partir de sa fin.</translation>
    </message>
    <message>
        <source>Ended at:</source>
        <translation>Terminée le&#xa0;:</translation>
    </message>
    <message>
        <source>Put the items it shifted back on their original dates</source>
        <translation>Remettre à leur date d&apos;origine les contenus qu&apos;elle a décalés</translation>
    </message>
    <message>
        <source>Only the dates still ahead; an item changed since the crisis moved it stays as it is.</source>
        <translation>Seulement les dates encore à venir&#x202f;; un contenu modifié depuis que la crise l&apos;a déplacé reste tel quel.</translation>
    </message>
    <message>
        <source>Show the plan</source>
        <translation>Voir le plan</translation>
    </message>
    <message>
        <source>Show kept items</source>
        <translation>Afficher les éléments conservés</translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation>Appliquer le plan</translation>
    </message>
    <message>
        <source>Shifted items land before the horizon, beyond a channel&apos;s weekly target if they must; what has no room by then is held.</source>
        <translation>Les contenus décalés arrivent avant l&apos;horizon, au-delà de l&apos;objectif hebdomadaire d&apos;un canal s&apos;il le faut&#x202f;; ce qui n&apos;a pas de place d&apos;ici là est mis en pause.</translation>
    </message>
    <message>
        <source>Crisis message:</source>
        <translation>Message de crise&#xa0;:</translation>
    </message>
    <message>
        <source>Add at the top</source>
        <translation>Ajouter en tête</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Calcul du plan…</translation>
    </message>
    <message>
        <source>The crisis begins on %1: its end must come after. To call it off before it begins, use Cancel the crisis on its banner or in the Crisis menu.</source>
        <translation>La crise commence le %1&#xa0;: sa fin doit venir après. Pour l&apos;annuler avant qu&apos;elle commence, utilisez «&#xa0;Annuler la crise&#xa0;» dans son bandeau ou le menu Crise.</translation>
    </message>
    <message>
        <source>The crisis changed: show the plan again</source>
        <translation>La crise a changé&#xa0;: affichez de nouveau le plan</translation>
    </message>
    <message>
        <source>%1 kept, %2 held, %3 shifted, %4 cancelled, %5 new message(s)</source>
        <translation>%1 conservé(s), %2 en pause, %3 décalé(s), %4 annulé(s), %5 nouveau(x) message(s)</translation>
    </message>
    <message>
        <source> (back on their original dates: %1)</source>
        <translation> (de retour à leur date d&apos;origine&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Nothing was held: ending the crisis only closes it.</source>
        <translation>Rien n&apos;a été mis en pause&#xa0;: terminer la crise la clôt seulement.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Décaler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Holding statement</source>
        <translation>Déclaration d&apos;attente</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Point de situation</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <source>on no channel the crisis concerns</source>
        <translation>sur aucun canal concerné par la crise</translation>
    </message>
    <message>
        <source>before the crisis</source>
        <translation>avant la crise</translation>
    </message>
    <message>
        <source>after the crisis</source>
        <translation>après la crise</translation>
    </message>
    <message>
        <source>crisis communication</source>
        <translation>communication de crise</translation>
    </message>
    <message>
        <source>essential</source>
        <translation>essentiel</translation>
    </message>
    <message>
        <source>time-bound: its moment falls inside the crisis</source>
        <translation>lié à une date&#xa0;: son moment tombe pendant la crise</translation>
    </message>
    <message>
        <source>tied to a fixed date (an event)</source>
        <translation>lié à une date fixe (un événement)</translation>
    </message>
    <message>
        <source>movable: held until the crisis ends</source>
        <translation>déplaçable&#xa0;: en pause jusqu&apos;à la fin de la crise</translation>
    </message>
    <message>
        <source>movable: no free slot after the crisis within a year; held</source>
        <translation>déplaçable&#xa0;: aucun créneau libre dans l&apos;année après la crise&#x202f;; en pause</translation>
    </message>
    <message>
        <source>movable: no free slot after the crisis before the horizon; held</source>
        <translation>déplaçable&#xa0;: aucun créneau libre après la crise avant l&apos;horizon&#x202f;; en pause</translation>
    </message>
    <message>
        <source>movable: moved after the crisis</source>
        <translation>déplaçable&#xa0;: décalé après la crise</translation>
    </message>
    <message>
        <source>beyond its channels&apos; cadence so that it goes out soon</source>
        <translation>au-delà du rythme de ses canaux, pour qu&apos;il parte vite</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>choisi à la main</translation>
    </message>
    <message>
        <source>date set by hand</source>
        <translation>date choisie à la main</translation>
    </message>
    <message>
        <source>back to its original date: the crisis ended before it</source>
        <translation>de retour à sa date d&apos;origine&#xa0;: la crise a pris fin avant</translation>
    </message>
    <message>
        <source>its original date has passed: stays where the crisis moved it</source>
        <translation>sa date d&apos;origine est passée&#xa0;: reste où la crise l&apos;a déplacé</translation>
    </message>
    <message>
        <source>changed since the crisis moved it: left as it is</source>
        <translation>modifié depuis que la crise l&apos;a déplacé&#xa0;: laissé tel quel</translation>
    </message>
    <message>
        <source>after the crisis&apos; window: sensitive words, to read again before it goes out</source>
        <translation>après la fenêtre de la crise&#xa0;: mots sensibles, à relire avant publication</translation>
    </message>
    <message>
        <source>crisis message from a template</source>
        <translation>message de crise tiré d&apos;un modèle</translation>
    </message>
    <message>
        <source>to the first week with room in its channels&apos; cadence</source>
        <translation>à la première semaine où le rythme de ses canaux le permet</translation>
    </message>
    <message>
        <source>to the first day with room in its channels&apos; cadence</source>
        <translation>au premier jour où le rythme de ses canaux le permet</translation>
    </message>
    <message>
        <source>to the day after a blackout day</source>
        <translation>au lendemain d&apos;un jour sans publication</translation>
    </message>
    <message>
        <source>to the end of quiet hours</source>
        <translation>à la fin des heures calmes</translation>
    </message>
    <message>
        <source>to the next free minute</source>
        <translation>à la minute libre suivante</translation>
    </message>
    <message>
        <source>Crisis rules</source>
        <translation>Règles de crise</translation>
    </message>
    <message>
        <source>How a crisis plan moves posts after a crisis, in this workspace.</source>
        <translation>Comment un plan de crise déplace les publications après une crise, dans cet espace de travail.</translation>
    </message>
    <message>
        <source>No post moved between</source>
        <translation>Aucune publication déplacée entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Heures calmes&#xa0;:</translation>
    </message>
    <message>
        <source>Blackout days:</source>
        <translation>Jours sans publication&#xa0;:</translation>
    </message>
    <message>
        <source>Sensitive words
(one per line):</source>
        <translation>Mots sensibles
(un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <source>Blackout days</source>
        <translation>Jours sans publication</translation>
    </message>
    <message>
        <source>Sensitive words</source>
        <translation>Mots sensibles</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>no date (held)</source>
        <translation>sans date (en pause)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: %1. The window keeps running.</source>
        <translation>Un problème est survenu&#xa0;: %1. La fenêtre reste ouverte.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to a calendar file</source>
        <translation>Exporter vers un fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canaux&#xa0;:</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>Campaigns:</source>
        <translation>Campagnes&#xa0;:</translation>
    </message>
    <message>
        <source>Every status with a date</source>
        <translation>Tous les statuts datés</translation>
    </message>
    <message>
        <source>Statuses:</source>
        <translation>Statuts&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>The texts of each channel</source>
        <translation>Les textes de chaque canal</translation>
    </message>
    <message>
        <source>The title only (drafts stay private)</source>
        <translation>Le titre seulement (les brouillons restent privés)</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Also one file per channel, beside it</source>
        <translation>Aussi un fichier par canal, à côté</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Choisissez un fichier.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, texts, notes, tags (Ctrl+F)</source>
        <translation>Rechercher dans les titres, textes, notes, étiquettes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>What is this post or event about?</source>
        <translation>De quoi parle cette publication ou cet événement&#x202f;?</translation>
    </message>
    <message>
        <source>Limit: %1 characters</source>
        <translation>Limite&#xa0;: %1 caractères</translation>
    </message>
    <message>
        <source>No character limit</source>
        <translation>Pas de limite de caractères</translation>
    </message>
    <message>
        <source>&amp;No date (idea backlog)</source>
        <translation>Sa&amp;ns date (idées en attente)</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>Toute la jo&amp;urnée</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(aucune campagne)</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation>(aucun objectif)</translation>
    </message>
    <message>
        <source>comma-separated, e.g. gala, spring 2026</source>
        <translation>séparées par des virgules, p. ex. gala, printemps 2026</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Du&amp;rée&#xa0;:</translation>
    </message>
    <message>
        <source>Da&amp;ys:</source>
        <translation>&amp;Jours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;risis sensitivity:</source>
        <translation>En cas de cr&amp;ise&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpagne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Canaux</translation>
    </message>
    <message>
        <source>Audi&amp;ences</source>
        <translation>&amp;Publics</translation>
    </message>
    <message>
        <source>Not in this workspace&apos;s lists</source>
        <translation>Absent des listes de cet espace de travail</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where my data lives</source>
        <translation>Où sont mes données</translation>
    </message>
    <message>
        <source>Open the logs folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>About NGO Calendar</source>
        <translation>À propos de NGO Calendar</translation>
    </message>
    <message>
        <source>NGO Calendar guide</source>
        <translation>Guide de NGO Calendar</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Also: double-click a day to add an item there, drag an item to move it, Ctrl+Enter in the Review tab approves, Escape closes a window.</source>
        <translation>Aussi&#xa0;: double-cliquez sur un jour pour y ajouter un contenu, glissez un contenu pour le déplacer, Ctrl+Entrée dans l’onglet Relecture approuve, Échap ferme une fenêtre.</translation>
    </message>
    <message>
        <source>Everything is in this folder, on this computer only: the workspace (workspace.sqlite), its backups, the window&apos;s layout and the logs. Copy the folder to keep a copy; nothing is sent anywhere.</source>
        <translation>Tout est dans ce dossier, sur cet ordinateur seulement&#xa0;: l’espace de travail (workspace.sqlite), ses sauvegardes, la disposition de la fenêtre et les journaux. Copiez le dossier pour en garder une copie&#xa0;; rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Nothing was logged: no unexpected error happened in this workspace.</source>
        <translation>Rien n’a été journalisé&#xa0;: aucune erreur inattendue dans cet espace de travail.</translation>
    </message>
    <message>
        <source>NGO Calendar %1

The editorial calendar of small associations: free, on this computer, no account, no network unless you set up publication, no telemetry.

Licence: GPL-3.0-or-later.</source>
        <translation>NGO Calendar %1

Le calendrier éditorial des petites associations&#xa0;: gratuit, sur cet ordinateur, sans compte, sans réseau sauf si vous configurez une publication, sans télémétrie.

Licence&#xa0;: GPL-3.0-or-later.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>No change recorded yet. Once the item is saved, every change is listed here with who made it and when.</source>
        <translation>Aucune modification enregistrée pour l’instant. Une fois la publication enregistrée, chaque modification est listée ici, avec son auteur et sa date.</translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
    <message>
        <source>Export to a calendar file (.ics)…</source>
        <translation>Exporter vers un fichier d&apos;agenda (.ics)…</translation>
    </message>
    <message>
        <source>Import a calendar file (.ics)…</source>
        <translation>Importer un fichier d&apos;agenda (.ics)…</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Publier maintenant</translation>
    </message>
    <message>
        <source>Set up publication…</source>
        <translation>Configurer la publication…</translation>
    </message>
    <message>
        <source>Write the calendar files to %1 now</source>
        <translation>Écrire maintenant les fichiers d’agenda dans %1</translation>
    </message>
    <message>
        <source>No published folder yet: choose one in the settings (Publication tab)</source>
        <translation>Pas encore de dossier publié&#xa0;: choisissez-en un dans les paramètres (onglet Publication)</translation>
    </message>
    <message>
        <source>Publication failed</source>
        <translation>Échec de la publication</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publié le %1</translation>
    </message>
    <message>
        <source>Calendar files written</source>
        <translation>Fichiers d&apos;agenda écrits</translation>
    </message>
    <message>
        <source>Import stopped: nothing was imported</source>
        <translation>Import arrêté&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Export to a calendar file</source>
        <translation>Exporter vers un fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>%n event(s) written to %1</source>
        <translation>%n événement(s) écrit(s) dans %1</translation>
    </message>
    <message>
        <source>and %n file(s) per channel</source>
        <translation>et %n fichier(s) par canal</translation>
    </message>
    <message>
        <source>Import a calendar file</source>
        <translation>Importer un fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Fichiers d&apos;agenda (*.ics);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>IdeasPanel</name>
    <message>
        <source>Drag an idea onto a day to schedule it; drag an item here to unschedule it.</source>
        <translation>Glissez une idée sur un jour pour la planifier&#x202f;; glissez une publication ici pour la déprogrammer.</translation>
    </message>
    <message>
        <source>In the calendar: &lt;i&gt;italics&lt;/i&gt; idea, draft or in review; ◔ waiting for review; ✓ approved or published; &lt;s&gt;struck out&lt;/s&gt; cancelled; ⚠ text too long for a channel; the coloured marks are the channels.</source>
        <translation>Dans le calendrier&#xa0;: &lt;i&gt;italique&lt;/i&gt; idée, brouillon ou en relecture&#x202f;; ◔ attend une relecture&#x202f;; ✓ validé ou publié&#x202f;; &lt;s&gt;barré&lt;/s&gt; annulé&#x202f;; ⚠ texte trop long pour un canal&#x202f;; les marques de couleur sont les canaux.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a calendar file</source>
        <translation>Importer un fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>Put the events on:</source>
        <translation>Mettre les événements sur&#xa0;:</translation>
    </message>
    <message>
        <source>the event channel (made if needed)</source>
        <translation>le canal des événements (créé s&apos;il le faut)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>%1 to import, %2 to update, %3 skipped, on %4</source>
        <translation>%1 à importer, %2 à mettre à jour, %3 ignoré(s), sur %4</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 skipped (Ctrl+Z takes it back)</source>
        <translation>Importé&#xa0;: %1 nouveau(x), %2 mis à jour, %3 ignoré(s) (Ctrl+Z l&apos;annule)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>a newer version (SEQUENCE)</source>
        <translation>une version plus récente (SEQUENCE)</translation>
    </message>
    <message>
        <source>already in the workspace (an item of this workspace)</source>
        <translation>déjà dans l&apos;espace de travail (un élément de cet espace)</translation>
    </message>
    <message>
        <source>no start (DTSTART)</source>
        <translation>pas de début (DTSTART)</translation>
    </message>
    <message>
        <source>a start that is neither a date nor a time: %1</source>
        <translation>un début qui n&apos;est ni une date ni une heure&#xa0;: %1</translation>
    </message>
    <message>
        <source>a changed date of a series the file lacks</source>
        <translation>une date modifiée d&apos;une série absente du fichier</translation>
    </message>
    <message>
        <source>the file holds this UID twice: the first is kept</source>
        <translation>le fichier contient cet UID deux fois&#xa0;: le premier est gardé</translation>
    </message>
    <message>
        <source>no UID in the file: one made from its title and start</source>
        <translation>pas d&apos;UID dans le fichier&#xa0;: un UID fait de son titre et de son début</translation>
    </message>
    <message>
        <source>floating time read in %1</source>
        <translation>heure flottante lue dans %1</translation>
    </message>
    <message>
        <source>%1 cannot be kept: %2</source>
        <translation>%1 ne peut pas être gardé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 given more than once</source>
        <translation>%1 donné plus d’une fois</translation>
    </message>
    <message>
        <source>the file changes this date of the series twice: the first is kept</source>
        <translation>le fichier modifie deux fois cette date de la série&#xa0;: la première est gardée</translation>
    </message>
    <message>
        <source>already in the workspace (SEQUENCE %1, not newer than %2)</source>
        <translation>déjà dans l&apos;espace de travail (SEQUENCE %1, pas plus récente que %2)</translation>
    </message>
    <message>
        <source>a repeat rule this calendar cannot keep: %1</source>
        <translation>une règle de répétition que ce calendrier ne peut garder&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>New item</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Modifier la publication</translation>
    </message>
    <message>
        <source>Notes for the team, never published: sources, contacts, what to check before it goes out.</source>
        <translation>Notes pour l’équipe, jamais publiées&#xa0;: sources, contacts, points à vérifier avant la diffusion.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Donnez un titre à la publication.</translation>
    </message>
    <message>
        <source>Tick at least one channel.</source>
        <translation>Cochez au moins un canal.</translation>
    </message>
    <message>
        <source>Approved item</source>
        <translation>Publication validée</translation>
    </message>
    <message>
        <source>This item is approved. Saving a new text or date sends it back to review, as the workspace asks. Save?</source>
        <translation>Cette publication est validée. Enregistrer un nouveau texte ou une nouvelle date la renvoie en relecture, comme l’espace de travail le demande. Enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>Text too long</source>
        <translation>Texte trop long</translation>
    </message>
    <message>
        <source>The text is longer than %1 allows. Save anyway? The item stays marked ⚠ in the calendar until the text is shortened.</source>
        <translation>Le texte dépasse la limite de %1. Enregistrer quand même&#xa0;? La publication restera marquée ⚠ dans le calendrier jusqu’à ce que le texte soit raccourci.</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>&amp;Go back to the text</source>
        <translation>&amp;Revenir au texte</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Throw away the changes made to this item?</source>
        <translation>Abandonner les modifications apportées à cette publication&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>A text is too long for one of its channels.</source>
        <translation>Un texte est trop long pour l’un de ses canaux.</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Held (crisis)</source>
        <translation>Suspendu (crise)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Movable</source>
        <translation>Reportable</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Lié à sa date</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>Essentiel</translation>
    </message>
    <message>
        <source>Promotional or cheerful: paused in a crisis and planned again later.</source>
        <translation>Promotionnel ou festif&#xa0;: suspendu en cas de crise et reprogrammé plus tard.</translation>
    </message>
    <message>
        <source>Only meaningful on its date: kept or cancelled in a crisis, never moved.</source>
        <translation>N’a de sens qu’à sa date&#xa0;: maintenu ou annulé en cas de crise, jamais déplacé.</translation>
    </message>
    <message>
        <source>Crisis message or practical information: always kept.</source>
        <translation>Message de crise ou information pratique&#xa0;: toujours maintenu.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Channel texts</source>
        <translation>Textes par canal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Crisis sensitivity</source>
        <translation>Sensibilité en cas de crise</translation>
    </message>
    <message>
        <source>Removed dates</source>
        <translation>Dates supprimées</translation>
    </message>
    <message>
        <source>Moved dates</source>
        <translation>Dates déplacées</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Date removed</source>
        <translation>Date supprimée</translation>
    </message>
    <message>
        <source>One date edited</source>
        <translation>Une date modifiée</translation>
    </message>
    <message>
        <source>Series split</source>
        <translation>Série scindée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Sent to review</source>
        <translation>Envoyé en relecture</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation>Décision de relecture</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Approved silently</source>
        <translation>Approuvé tacitement</translation>
    </message>
    <message>
        <source>Validation settings</source>
        <translation>Réglages de la validation</translation>
    </message>
    <message>
        <source>Review sheet made</source>
        <translation>Fiche de relecture créée</translation>
    </message>
    <message>
        <source>Review sheet decisions</source>
        <translation>Décisions d’une fiche de relecture</translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation>Espace de travail créé</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Réglages modifiés</translation>
    </message>
    <message>
        <source>Publication settings</source>
        <translation>Réglages de publication</translation>
    </message>
    <message>
        <source>Channel saved</source>
        <translation>Canal enregistré</translation>
    </message>
    <message>
        <source>Channel renamed</source>
        <translation>Canal renommé</translation>
    </message>
    <message>
        <source>Channel deleted</source>
        <translation>Canal supprimé</translation>
    </message>
    <message>
        <source>Channels reordered</source>
        <translation>Canaux réordonnés</translation>
    </message>
    <message>
        <source>Campaign saved</source>
        <translation>Campagne enregistrée</translation>
    </message>
    <message>
        <source>Campaign renamed</source>
        <translation>Campagne renommée</translation>
    </message>
    <message>
        <source>Campaign deleted</source>
        <translation>Campagne supprimée</translation>
    </message>
    <message>
        <source>Person saved</source>
        <translation>Personne enregistrée</translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation>Personne supprimée</translation>
    </message>
    <message>
        <source>List entry added</source>
        <translation>Élément de liste ajouté</translation>
    </message>
    <message>
        <source>Objective renamed</source>
        <translation>Objectif renommé</translation>
    </message>
    <message>
        <source>Objective deleted</source>
        <translation>Objectif supprimé</translation>
    </message>
    <message>
        <source>Objectives reordered</source>
        <translation>Objectifs réordonnés</translation>
    </message>
    <message>
        <source>Audience renamed</source>
        <translation>Public renommé</translation>
    </message>
    <message>
        <source>Audience deleted</source>
        <translation>Public supprimé</translation>
    </message>
    <message>
        <source>Audiences reordered</source>
        <translation>Publics réordonnés</translation>
    </message>
    <message>
        <source>Crisis declared</source>
        <translation>Crise déclarée</translation>
    </message>
    <message>
        <source>Crisis ended</source>
        <translation>Crise terminée</translation>
    </message>
    <message>
        <source>Crisis cancelled</source>
        <translation>Crise annulée</translation>
    </message>
    <message>
        <source>Crisis message</source>
        <translation>Message de crise</translation>
    </message>
    <message>
        <source>Crisis rules</source>
        <translation>Règles de crise</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <source>Demo loaded</source>
        <translation>Démo chargée</translation>
    </message>
    <message>
        <source>new item</source>
        <translation>la création</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>la modification</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>le changement de statut</translation>
    </message>
    <message>
        <source>move</source>
        <translation>le déplacement</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>la suppression</translation>
    </message>
    <message>
        <source>edit of one date</source>
        <translation>modification d’une date</translation>
    </message>
    <message>
        <source>split of the series</source>
        <translation>division de la série</translation>
    </message>
    <message>
        <source>deletion of one occurrence</source>
        <translation>la suppression d’une date</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>sending to review</source>
        <translation>envoi en relecture</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>approbation</translation>
    </message>
    <message>
        <source>request for changes</source>
        <translation>demande de modifications</translation>
    </message>
    <message>
        <source>review decision</source>
        <translation>décision de relecture</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>silent approval</source>
        <translation>approbation tacite</translation>
    </message>
    <message>
        <source>validation settings</source>
        <translation>réglages de la validation</translation>
    </message>
    <message>
        <source>review sheet</source>
        <translation>fiche de relecture</translation>
    </message>
    <message>
        <source>review sheet decisions</source>
        <translation>décisions d’une fiche de relecture</translation>
    </message>
    <message>
        <source>new workspace</source>
        <translation>nouvel espace de travail</translation>
    </message>
    <message>
        <source>settings change</source>
        <translation>modification des paramètres</translation>
    </message>
    <message>
        <source>publication settings</source>
        <translation>réglages de publication</translation>
    </message>
    <message>
        <source>channel saved</source>
        <translation>canal enregistré</translation>
    </message>
    <message>
        <source>channel renamed</source>
        <translation>canal renommé</translation>
    </message>
    <message>
        <source>channel deleted</source>
        <translation>canal supprimé</translation>
    </message>
    <message>
        <source>channel order</source>
        <translation>ordre des canaux</translation>
    </message>
    <message>
        <source>campaign saved</source>
        <translation>campagne enregistrée</translation>
    </message>
    <message>
        <source>campaign renamed</source>
        <translation>campagne renommée</translation>
    </message>
    <message>
        <source>campaign deleted</source>
        <translation>campagne supprimée</translation>
    </message>
    <message>
        <source>person saved</source>
        <translation>personne enregistrée</translation>
    </message>
    <message>
        <source>person deleted</source>
        <translation>personne supprimée</translation>
    </message>
    <message>
        <source>list entry added</source>
        <translation>élément de liste ajouté</translation>
    </message>
    <message>
        <source>objective renamed</source>
        <translation>objectif renommé</translation>
    </message>
    <message>
        <source>objective deleted</source>
        <translation>objectif supprimé</translation>
    </message>
    <message>
        <source>objective order</source>
        <translation>ordre des objectifs</translation>
    </message>
    <message>
        <source>audience renamed</source>
        <translation>public renommé</translation>
    </message>
    <message>
        <source>audience deleted</source>
        <translation>public supprimé</translation>
    </message>
    <message>
        <source>audience order</source>
        <translation>ordre des publics</translation>
    </message>
    <message>
        <source>crisis declared</source>
        <translation>déclaration de crise</translation>
    </message>
    <message>
        <source>end of the crisis</source>
        <translation>fin de crise</translation>
    </message>
    <message>
        <source>crisis cancelled</source>
        <translation>crise annulée</translation>
    </message>
    <message>
        <source>crisis message</source>
        <translation>message de crise</translation>
    </message>
    <message>
        <source>crisis rules</source>
        <translation>règles de crise</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>rétablissement</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démo</translation>
    </message>
</context>
<context>
    <name>ItemOperations</name>
    <message>
        <source>This item was deleted elsewhere (another window or the command line) while you edited it. Save again to keep your version as a new item, or cancel.</source>
        <translation>Cet élément a été supprimé ailleurs (une autre fenêtre ou la ligne de commande) pendant que vous le modifiiez. Enregistrez à nouveau pour garder votre version comme nouvel élément, ou annulez.</translation>
    </message>
    <message>
        <source>First add the association&apos;s channels (Facebook, newsletter…).</source>
        <translation>Ajoutez d’abord les canaux de l’association (Facebook, lettre d’information…).</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Modifier la publication</translation>
    </message>
    <message>
        <source>Edit a date of a series</source>
        <translation>Modifier une date d’une série</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Duplicated.</source>
        <translation>Publication dupliquée.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée. Ctrl+Z pour la récupérer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>This item repeats. Apply to this date only, to the whole series, or to this date and the following ones?</source>
        <translation>Ce contenu se répète. Appliquer à cette date seulement, à toute la série, ou à cette date et aux suivantes&#xa0;?</translation>
    </message>
    <message>
        <source>This item repeats. Apply to this occurrence only, or to the series?</source>
        <translation>Cette publication se répète. Appliquer à cette date seulement, ou à toute la série&#x202f;?</translation>
    </message>
    <message>
        <source>This occurrence</source>
        <translation>Cette date seulement</translation>
    </message>
    <message>
        <source>Whole series</source>
        <translation>Toute la série</translation>
    </message>
    <message>
        <source>This and the following ones</source>
        <translation>Cette date et les suivantes</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Moved. Ctrl+Z to undo.</source>
        <translation>Déplacée. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Back in the ideas. Ctrl+Z to undo.</source>
        <translation>Remise dans les idées. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation>Rétabli.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Move to ideas</source>
        <translation>Remettre dans les idées</translation>
    </message>
    <message>
        <source>New item on this day…</source>
        <translation>Nouvelle publication ce jour-là…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New item</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>Envoyer en relecture</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Go to date…</source>
        <translation>Aller à la date…</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Search all dates…</source>
        <translation>Chercher sur toutes les dates…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Go to date (Ctrl+G)</source>
        <translation>Aller à la date (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Ideas (%n)</source>
        <translation>
            <numerusform>Idées (%n)</numerusform>
            <numerusform>Idées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Semaine %1&#xa0;: %2 – %3</translation>
    </message>
    <message>
        <source>Reading the calendar…</source>
        <translation>Lecture du calendrier…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n publication affichée</numerusform>
            <numerusform>%n publications affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idée</numerusform>
            <numerusform>%n idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in review</source>
        <translation>
            <numerusform>%n en relecture</numerusform>
            <numerusform>%n en relecture</numerusform>
        </translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>avec filtre</translation>
    </message>
    <message>
        <source>Made by another program: Ctrl+Z first says so.</source>
        <translation>Fait par un autre programme&#xa0;: Ctrl+Z le signale d’abord.</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Annuler %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir %1 (Ctrl+Maj+Z)</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NamedTab</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation>Indiquer une date</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>First name, or first and last name</source>
        <translation>Prénom, ou prénom et nom</translation>
    </message>
    <message>
        <source>Who writes and who gives the go-ahead. Editors prepare the posts; a reviewer gives the light &quot;ok&quot; before they go out.</source>
        <translation>Qui rédige et qui donne le feu vert. Les rédacteurs préparent les publications&#x202f;; un relecteur donne un simple «&#xa0;ok&#xa0;» avant leur diffusion.</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
</context>
<context>
    <name>PublicationTab</name>
    <message>
        <source>Keep the plan as calendar files (.ics) in a folder your team&apos;s agendas read: a synced Nextcloud or Dropbox folder, a network share. The files are written again after every change; Google Calendar, Outlook, Apple Calendar or Thunderbird subscribe to them.</source>
        <translation>Gardez le plan sous forme de fichiers d’agenda (.ics) dans un dossier que lisent les agendas de l’équipe&#xa0;: un dossier Nextcloud ou Dropbox synchronisé, un partage réseau. Les fichiers sont réécrits après chaque modification&#xa0;; Google Agenda, Outlook, Calendrier d’Apple ou Thunderbird s’y abonnent.</translation>
    </message>
    <message>
        <source>Publish the plan to this folder</source>
        <translation>Publier le plan dans ce dossier</translation>
    </message>
    <message>
        <source>A folder the team&apos;s agendas can read</source>
        <translation>Un dossier que les agendas de l’équipe peuvent lire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>A file per channel too</source>
        <translation>Un fichier par canal en plus</translation>
    </message>
    <message>
        <source>The texts (each channel&apos;s)</source>
        <translation>Les textes (ceux de chaque canal)</translation>
    </message>
    <message>
        <source>The titles only</source>
        <translation>Les titres seulement</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>What goes out:</source>
        <translation>Ce qui est publié&#xa0;:</translation>
    </message>
    <message>
        <source>The folder to publish to</source>
        <translation>Le dossier où publier</translation>
    </message>
</context>
<context>
    <name>RecurrenceTab</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>After a number of times</source>
        <translation>Après un nombre de fois</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>À une date</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10</source>
        <translation>p. ex. FREQ=WEEKLY;BYDAY=TU;COUNT=10</translation>
    </message>
    <message>
        <source>An iCalendar rule (RFC 5545 RRULE). Add COUNT=n to stop after n dates, or UNTIL=20261231 to stop on a date.</source>
        <translation>Une règle iCalendar (RRULE de la RFC 5545). Ajoutez COUNT=n pour s’arrêter après n dates, ou UNTIL=20261231 pour s’arrêter à une date.</translation>
    </message>
    <message>
        <source>A recurring item repeats from its start date. Single dates can later be moved or removed in the calendar without changing the rest of the series.</source>
        <translation>Une publication récurrente se répète à partir de sa date de début. Chaque date peut ensuite être déplacée ou supprimée dans le calendrier sans modifier le reste de la série.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répétition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Rè&amp;gle&#xa0;:</translation>
    </message>
    <message>
        <source>Next dates:</source>
        <translation>Prochaines dates&#xa0;:</translation>
    </message>
    <message>
        <source>A recurring item needs a start date (General tab).</source>
        <translation>Une publication récurrente a besoin d’une date de début (onglet Général).</translation>
    </message>
    <message>
        <source>Enter a rule, or choose “Does not repeat”.</source>
        <translation>Saisissez une règle, ou choisissez «&#xa0;Ne se répète pas&#xa0;».</translation>
    </message>
    <message>
        <source>This rule is not valid: %1</source>
        <translation>Cette règle n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>This choice does not fit the start date; choose another.</source>
        <translation>Ce choix ne convient pas à la date de début&#x202f;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>the start&apos;s weekday</source>
        <translation>jour de semaine du début</translation>
    </message>
    <message>
        <source>Monthly on the first %1</source>
        <translation>Chaque mois le premier %1</translation>
    </message>
    <message>
        <source>Monthly on the second %1</source>
        <translation>Chaque mois le deuxième %1</translation>
    </message>
    <message>
        <source>Monthly on the third %1</source>
        <translation>Chaque mois le troisième %1</translation>
    </message>
    <message>
        <source>Monthly on the fourth %1</source>
        <translation>Chaque mois le quatrième %1</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Chaque semaine le %1</translation>
    </message>
    <message>
        <source>Every two weeks on %1</source>
        <translation>Toutes les deux semaines le %1</translation>
    </message>
    <message>
        <source>Monthly on the last %1</source>
        <translation>Chaque mois le dernier %1</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Chaque mois le %1</translation>
    </message>
    <message>
        <source>Yearly on %1</source>
        <translation>Chaque année le %1</translation>
    </message>
    <message>
        <source>Custom rule…</source>
        <translation>Règle personnalisée…</translation>
    </message>
    <message>
        <source>A custom rule says its end itself: COUNT=n or UNTIL=20261231.</source>
        <translation>Une règle personnalisée indique sa fin elle-même&#xa0;: COUNT=n ou UNTIL=20261231.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No date matches this rule.</source>
        <translation>Aucune date ne correspond à cette règle.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>use text in UTF-8 (some bytes given are not)</source>
        <translation>saisissez du texte en UTF-8 (certains octets reçus ne le sont pas)</translation>
    </message>
    <message>
        <source>use text</source>
        <translation>saisissez du texte</translation>
    </message>
    <message>
        <source>give some text (it cannot be empty)</source>
        <translation>saisissez un texte (il ne peut pas être vide)</translation>
    </message>
    <message>
        <source>use one line of text, without tabs or control characters (%1)</source>
        <translation>saisissez une seule ligne de texte, sans tabulation ni caractère de contrôle (%1)</translation>
    </message>
    <message>
        <source>use text without control characters (%1)</source>
        <translation>saisissez un texte sans caractère de contrôle (%1)</translation>
    </message>
    <message>
        <source>use at most %1 characters (not %2)</source>
        <translation>saisissez au plus %1 caractères (et non %2)</translation>
    </message>
    <message>
        <source>use at most %1 tags (not %2)</source>
        <translation>saisissez au plus %1 étiquettes (et non %2)</translation>
    </message>
    <message>
        <source>use a whole number</source>
        <translation>indiquez un nombre entier</translation>
    </message>
    <message>
        <source>use %1 to %2</source>
        <translation>indiquez un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>use %1 to %2 characters</source>
        <translation>indiquez de %1 à %2 caractères</translation>
    </message>
    <message>
        <source>use %1 to %2 minutes</source>
        <translation>indiquez de %1 à %2 minutes</translation>
    </message>
    <message>
        <source>use %1 to %2 days</source>
        <translation>indiquez de %1 à %2 jours</translation>
    </message>
    <message>
        <source>use %1 to %2 posts a week</source>
        <translation>indiquez de %1 à %2 publications par semaine</translation>
    </message>
    <message>
        <source>use a date from %1 to %2</source>
        <translation>indiquez une date du %1 au %2</translation>
    </message>
    <message>
        <source>use a colour such as #1877f2 (# and six hex digits)</source>
        <translation>indiquez une couleur comme #1877f2 (# suivi de six chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation>choisissez parmi&#xa0;: %1</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>au choix&#xa0;: %1</translation>
    </message>
    <message>
        <source>use an IANA time zone such as Europe/Paris or America/Montreal</source>
        <translation>indiquez un fuseau horaire IANA, comme Europe/Paris ou America/Montreal</translation>
    </message>
    <message>
        <source>this time does not exist in %1 (clocks move forward that day); use %2 or later, or an earlier time</source>
        <translation>cette heure n’existe pas dans le fuseau %1 (passage à l’heure d’été ce jour-là)&#xa0;; choisissez %2 ou plus tard, ou une heure plus tôt</translation>
    </message>
    <message>
        <source>use a date and time such as 2026-12-01T18:00 (workspace time)</source>
        <translation>indiquez une date et une heure comme 2026-12-01T18:00 (heure de l’espace de travail)</translation>
    </message>
    <message>
        <source>use a date such as 2026-12-01</source>
        <translation>indiquez une date comme 2026-12-01</translation>
    </message>
    <message>
        <source>give either --at or --on, not both</source>
        <translation>indiquez --at ou --on, pas les deux</translation>
    </message>
    <message>
        <source>use a day on or after --from (%1)</source>
        <translation>indiquez un jour identique ou postérieur à --from (%1)</translation>
    </message>
    <message>
        <source>use an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=TU or FREQ=MONTHLY;BYDAY=1MO;COUNT=6</source>
        <translation>indiquez une règle iCalendar (RRULE) comme FREQ=WEEKLY;BYDAY=TU ou FREQ=MONTHLY;BYDAY=1MO;COUNT=6</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>give %1 only once; %2</source>
        <translation>ne donnez %1 qu’une seule fois&#xa0;; %2</translation>
    </message>
    <message>
        <source>repeat hourly at most; %1</source>
        <translation>une répétition par heure au plus&#xa0;; %1</translation>
    </message>
    <message>
        <source>give one %1 value (repeat hourly at most); %2</source>
        <translation>donnez une seule valeur de %1 (une répétition par heure au plus)&#xa0;; %2</translation>
    </message>
    <message>
        <source>%1 takes %2 to %3; %4</source>
        <translation>%1 accepte de %2 à %3&#xa0;; %4</translation>
    </message>
    <message>
        <source>%1 takes %2 to %3 (or minus that); %4</source>
        <translation>%1 accepte de %2 à %3 (ou leur opposé)&#xa0;; %4</translation>
    </message>
    <message>
        <source>%1 takes %2 or more; %3</source>
        <translation>%1 accepte %2 ou plus&#xa0;; %3</translation>
    </message>
    <message>
        <source>give COUNT or UNTIL, not both; %1</source>
        <translation>donnez COUNT ou UNTIL, pas les deux&#xa0;; %1</translation>
    </message>
    <message>
        <source>use COUNT=%1 at most; %2</source>
        <translation>COUNT=%1 au maximum&#xa0;; %2</translation>
    </message>
    <message>
        <source>end (UNTIL) on a date from %1 to %2</source>
        <translation>faites finir la règle (UNTIL) à une date du %1 au %2</translation>
    </message>
    <message>
        <source>end (UNTIL) by %1</source>
        <translation>faites finir la règle (UNTIL) au plus tard le %1</translation>
    </message>
    <message>
        <source>end (UNTIL) on or after the start (%1)</source>
        <translation>faites finir la règle (UNTIL) au début ou après (%1)</translation>
    </message>
    <message>
        <source>an all-day item repeats daily at most, with no BYHOUR or BYMINUTE</source>
        <translation>une publication sur la journée entière se répète une fois par jour au plus, sans BYHOUR ni BYMINUTE</translation>
    </message>
    <message>
        <source>this rule gives no date between %1 and %2; check its parts (BYMONTH=2;BYMONTHDAY=30 never happens, for one)</source>
        <translation>cette règle ne donne aucune date entre le %1 et le %2&#xa0;; vérifiez ses éléments (BYMONTH=2;BYMONTHDAY=30, par exemple, n’arrive jamais)</translation>
    </message>
    <message>
        <source>give the item a title</source>
        <translation>donnez un titre à la publication</translation>
    </message>
    <message>
        <source>a recurring item needs a start date</source>
        <translation>une publication récurrente a besoin d’une date de début</translation>
    </message>
    <message>
        <source>give a dated item at least one channel (an idea may have none)</source>
        <translation>choisissez au moins un canal pour une publication datée (une idée peut n’en avoir aucun)</translation>
    </message>
    <message>
        <source>give variants only for the item&apos;s channels</source>
        <translation>ne donnez de texte par canal que pour les canaux de la publication</translation>
    </message>
    <message>
        <source>an item with this uid exists already</source>
        <translation>une publication avec cet identifiant (UID) existe déjà</translation>
    </message>
    <message>
        <source>this item was changed elsewhere meanwhile (it is now at revision %1); close the editor and open the item again</source>
        <translation>cette publication a été modifiée ailleurs entre-temps (elle en est à la version %1)&#xa0;; fermez l’éditeur et rouvrez la publication</translation>
    </message>
    <message>
        <source>only recurring items have occurrences</source>
        <translation>seules les publications récurrentes ont des dates de série</translation>
    </message>
    <message>
        <source>name one date of the series</source>
        <translation>indiquez une date de la série</translation>
    </message>
    <message>
        <source>use the key of one of the series&apos; dates</source>
        <translation>indiquez la clé de l’une des dates de la série</translation>
    </message>
    <message>
        <source>a recurring item cannot go back to the backlog</source>
        <translation>une publication récurrente ne peut pas retourner parmi les idées</translation>
    </message>
    <message>
        <source>this item repeats: name the date to move (--occurrence) or move the whole series (--series)</source>
        <translation>cette publication se répète&#xa0;: indiquez la date à déplacer (--occurrence) ou déplacez toute la série (--series)</translation>
    </message>
    <message>
        <source>give the date a title, or none to use the series&apos;</source>
        <translation>donnez un titre à cette date, ou aucun pour reprendre celui de la série</translation>
    </message>
    <message>
        <source>move a series to a start of the same kind (timed or all-day)</source>
        <translation>déplacez une série vers un début du même type (à une heure précise ou sur la journée entière)</translation>
    </message>
    <message>
        <source>this rule names its days (a day of the month or a numbered weekday); change the rule in the item editor instead of moving the series</source>
        <translation>cette règle nomme ses jours (un jour du mois ou un jour de la semaine numéroté)&#xa0;; modifiez la règle dans l’éditeur au lieu de déplacer la série</translation>
    </message>
    <message>
        <source>give where the occurrence goes</source>
        <translation>indiquez où va cette date</translation>
    </message>
    <message>
        <source>only the date, time, title, text, status and channels of one date can change; change the rest for the whole series or for this date and the following ones</source>
        <translation>seuls la date, l’heure, le titre, le texte, le statut et les canaux d’une date peuvent changer&#xa0;; changez le reste pour toute la série ou pour cette date et les suivantes</translation>
    </message>
    <message>
        <source>save for this date, the whole series, or this date and the following ones</source>
        <translation>enregistrez pour cette date, toute la série, ou cette date et les suivantes</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>none yet (add one in the settings)</source>
        <translation>aucune pour l’instant (ajoutez-en une dans les paramètres)</translation>
    </message>
    <message>
        <source>known: %1</source>
        <translation>noms existants&#xa0;: %1</translation>
    </message>
    <message>
        <source>use objectives or audiences</source>
        <translation>indiquez objectives ou audiences</translation>
    </message>
    <message>
        <source>known channel names: %1</source>
        <translation>canaux existants&#xa0;: %1</translation>
    </message>
    <message>
        <source>no channel has this id</source>
        <translation>aucun canal n’a cet identifiant</translation>
    </message>
    <message>
        <source>give the channel a name</source>
        <translation>donnez un nom au canal</translation>
    </message>
    <message>
        <source>a channel named %1 exists already (names are compared regardless of case); change that one with `channel edit %2` or the settings, or choose another name</source>
        <translation>un canal nommé %1 existe déjà (les noms sont comparés sans tenir compte des majuscules)&#xa0;; modifiez-le avec `channel edit %2` ou dans les paramètres, ou choisissez un autre nom</translation>
    </message>
    <message>
        <source>%1 item uses this channel; move them to another channel before deleting it</source>
        <translation>%1 publication utilise ce canal&#xa0;; déplacez-la vers un autre canal avant de le supprimer</translation>
    </message>
    <message>
        <source>%1 items use this channel; move them to another channel before deleting it</source>
        <translation>%1 publications utilisent ce canal&#xa0;; déplacez-les vers un autre canal avant de le supprimer</translation>
    </message>
    <message>
        <source>give every channel id exactly once</source>
        <translation>donnez chaque identifiant de canal exactement une fois</translation>
    </message>
    <message>
        <source>give each channel once</source>
        <translation>chaque canal ne doit figurer qu’une fois</translation>
    </message>
    <message>
        <source>give each channel its own name</source>
        <translation>donnez à chaque canal un nom différent</translation>
    </message>
    <message>
        <source>this channel was deleted meanwhile; reopen the settings</source>
        <translation>ce canal a été supprimé entre-temps&#xa0;; rouvrez les paramètres</translation>
    </message>
    <message>
        <source>a channel of that name exists already</source>
        <translation>un canal de ce nom existe déjà</translation>
    </message>
    <message>
        <source>known campaign names: %1</source>
        <translation>campagnes existantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>no campaign has this name</source>
        <translation>aucune campagne ne porte ce nom</translation>
    </message>
    <message>
        <source>give the campaign a name</source>
        <translation>donnez un nom à la campagne</translation>
    </message>
    <message>
        <source>a campaign named %1 exists already (names are compared regardless of case); change that one with `campaign edit %2` or the settings, or choose another name</source>
        <translation>une campagne nommée %1 existe déjà (les noms sont comparés sans tenir compte des majuscules)&#xa0;; modifiez-la avec `campaign edit %2` ou dans les paramètres, ou choisissez un autre nom</translation>
    </message>
    <message>
        <source>give every campaign name exactly once</source>
        <translation>donnez chaque nom de campagne exactement une fois</translation>
    </message>
    <message>
        <source>end on or after the start</source>
        <translation>faites-la finir le jour de son début ou après</translation>
    </message>
    <message>
        <source>give each campaign once</source>
        <translation>chaque campagne ne doit figurer qu’une fois</translation>
    </message>
    <message>
        <source>give each campaign its own name</source>
        <translation>donnez à chaque campagne un nom différent</translation>
    </message>
    <message>
        <source>this campaign was deleted meanwhile; reopen the settings</source>
        <translation>cette campagne a été supprimée entre-temps&#xa0;; rouvrez les paramètres</translation>
    </message>
    <message>
        <source>a campaign of that name exists already</source>
        <translation>une campagne de ce nom existe déjà</translation>
    </message>
    <message>
        <source>use an objective of the workspace</source>
        <translation>choisissez un objectif de l’espace de travail</translation>
    </message>
    <message>
        <source>give the person a name</source>
        <translation>donnez un nom à la personne</translation>
    </message>
    <message>
        <source>a person named %1 exists already (names are compared regardless of case); change that one with the settings, or choose another name</source>
        <translation>une personne nommée %1 existe déjà (les noms sont comparés sans tenir compte des majuscules)&#xa0;; modifiez-la dans les paramètres, ou choisissez un autre nom</translation>
    </message>
    <message>
        <source>give every person name exactly once</source>
        <translation>donnez chaque nom de personne exactement une fois</translation>
    </message>
    <message>
        <source>give each person once</source>
        <translation>chaque personne ne doit figurer qu’une fois</translation>
    </message>
    <message>
        <source>give each person its own name</source>
        <translation>donnez à chaque personne un nom différent</translation>
    </message>
    <message>
        <source>this person was deleted meanwhile; reopen the settings</source>
        <translation>cette personne a été supprimée entre-temps&#xa0;; rouvrez les paramètres</translation>
    </message>
    <message>
        <source>a person of that name exists already</source>
        <translation>une personne de ce nom existe déjà</translation>
    </message>
    <message>
        <source>known objective names: %1</source>
        <translation>objectifs existants&#xa0;: %1</translation>
    </message>
    <message>
        <source>give the objective a name</source>
        <translation>donnez un nom à l’objectif</translation>
    </message>
    <message>
        <source>an objective named %1 exists already (names are compared regardless of case); change that one with the settings, or choose another name</source>
        <translation>un objectif nommé %1 existe déjà (les noms sont comparés sans tenir compte des majuscules)&#xa0;; modifiez-le dans les paramètres, ou choisissez un autre nom</translation>
    </message>
    <message>
        <source>give every objective name exactly once</source>
        <translation>donnez chaque nom d’objectif exactement une fois</translation>
    </message>
    <message>
        <source>give each objective once</source>
        <translation>chaque objectif ne doit figurer qu’une fois</translation>
    </message>
    <message>
        <source>give each objective its own name</source>
        <translation>donnez à chaque objectif un nom différent</translation>
    </message>
    <message>
        <source>this objective was deleted meanwhile; reopen the settings</source>
        <translation>cet objectif a été supprimé entre-temps&#xa0;; rouvrez les paramètres</translation>
    </message>
    <message>
        <source>an objective of that name exists already</source>
        <translation>un objectif de ce nom existe déjà</translation>
    </message>
    <message>
        <source>known audience names: %1</source>
        <translation>publics existants&#xa0;: %1</translation>
    </message>
    <message>
        <source>give the audience a name</source>
        <translation>donnez un nom au public</translation>
    </message>
    <message>
        <source>an audience named %1 exists already (names are compared regardless of case); change that one with the settings, or choose another name</source>
        <translation>un public nommé %1 existe déjà (les noms sont comparés sans tenir compte des majuscules)&#xa0;; modifiez-le dans les paramètres, ou choisissez un autre nom</translation>
    </message>
    <message>
        <source>give every audience name exactly once</source>
        <translation>donnez chaque nom de public exactement une fois</translation>
    </message>
    <message>
        <source>give each audience once</source>
        <translation>chaque public ne doit figurer qu’une fois</translation>
    </message>
    <message>
        <source>give each audience its own name</source>
        <translation>donnez à chaque public un nom différent</translation>
    </message>
    <message>
        <source>this audience was deleted meanwhile; reopen the settings</source>
        <translation>ce public a été supprimé entre-temps&#xa0;; rouvrez les paramètres</translation>
    </message>
    <message>
        <source>an audience of that name exists already</source>
        <translation>un public de ce nom existe déjà</translation>
    </message>
    <message>
        <source>choose at least one item</source>
        <translation>choisissez au moins une publication</translation>
    </message>
    <message>
        <source>name at least one item</source>
        <translation>indiquez au moins une publication</translation>
    </message>
    <message>
        <source>name one series with --occurrence</source>
        <translation>indiquez une seule série avec --occurrence</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 a le statut %2, et non %3</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>la publication %1</translation>
    </message>
    <message>
        <source>item %1 on %2</source>
        <translation>la publication %1 du %2</translation>
    </message>
    <message>
        <source>say what should change</source>
        <translation>dites ce qui doit changer</translation>
    </message>
    <message>
        <source>not one of the workspace&apos;s people: %1</source>
        <translation>ne fait pas partie des personnes de l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>a review sheet is written as .html or .pdf</source>
        <translation>une feuille de relecture s’enregistre en .html ou en .pdf</translation>
    </message>
    <message>
        <source>a reviewer&apos;s decisions</source>
        <translation>un fichier de décisions de relecture</translation>
    </message>
    <message>
        <source>these decisions answer a sheet of another workspace</source>
        <translation>ces décisions répondent à une feuille d’un autre espace de travail</translation>
    </message>
    <message>
        <source>the file lacks its sheet, reviewer or decisions</source>
        <translation>il manque au fichier sa feuille, la personne qui relit ou ses décisions</translation>
    </message>
    <message>
        <source>a decision lacks one of its fields</source>
        <translation>il manque un de ses champs à une décision</translation>
    </message>
    <message>
        <source>the file was changed after the reviewer saved it; ask them to save it again</source>
        <translation>le fichier a été modifié après son enregistrement par la personne qui relit&#xa0;; demandez-lui de l’enregistrer à nouveau</translation>
    </message>
    <message>
        <source>not a file of decisions saved from a review sheet</source>
        <translation>ce n’est pas un fichier de décisions enregistré depuis une feuille de relecture</translation>
    </message>
    <message>
        <source>version %1; this program reads %2</source>
        <translation>version %1&#xa0;; ce programme lit la version %2</translation>
    </message>
    <message>
        <source>%1 is not one of the workspace&apos;s people</source>
        <translation>%1 ne fait pas partie des personnes de l’espace de travail</translation>
    </message>
    <message>
        <source>the reviewer gave no name</source>
        <translation>la personne qui relit n’a pas donné son nom</translation>
    </message>
    <message>
        <source>not what a review sheet writes here</source>
        <translation>ce n’est pas ce qu’une feuille de relecture écrit ici</translation>
    </message>
    <message>
        <source>a field a review sheet does not write</source>
        <translation>un champ qu’une feuille de relecture n’écrit pas</translation>
    </message>
    <message>
        <source>its %1 is not what a review sheet writes</source>
        <translation>son champ «&#xa0;%1&#xa0;» n’est pas ce qu’une feuille de relecture écrit</translation>
    </message>
    <message>
        <source>these decisions answer a sheet this workspace never made; make a new sheet</source>
        <translation>ces décisions répondent à une feuille que cet espace de travail n’a jamais faite&#xa0;; faites une nouvelle feuille</translation>
    </message>
    <message>
        <source>%1 may not review (role: %2)</source>
        <translation>%1 ne peut pas relire (rôle&#xa0;: %2)</translation>
    </message>
    <message>
        <source>nobody may review: give one of the people the role reviewer (person add NAME --role reviewer)</source>
        <translation>personne ne peut relire&#xa0;: donnez à l’une des personnes le rôle «&#xa0;relecture&#xa0;» (person add NOM --role reviewer)</translation>
    </message>
    <message>
        <source>give the crisis a name</source>
        <translation>donnez un nom à la crise</translation>
    </message>
    <message>
        <source>the end must come after the start</source>
        <translation>la fin doit venir après le début</translation>
    </message>
    <message>
        <source>the end must come after the crisis&apos; start</source>
        <translation>la fin doit venir après le début de la crise</translation>
    </message>
    <message>
        <source>the crisis “%1” is still active: end it first (crisis end)</source>
        <translation>la crise «&#xa0;%1&#xa0;» est toujours en cours&#xa0;: terminez-la d’abord (crisis end)</translation>
    </message>
    <message>
        <source>no crisis is active</source>
        <translation>aucune crise n’est en cours</translation>
    </message>
    <message>
        <source>the crisis has already begun: end it instead</source>
        <translation>la crise a déjà commencé&#xa0;: terminez-la plutôt</translation>
    </message>
    <message>
        <source>this crisis is no longer active</source>
        <translation>cette crise n’est plus en cours</translation>
    </message>
    <message>
        <source>“%1” no longer exists</source>
        <translation>«&#xa0;%1&#xa0;» n’existe plus</translation>
    </message>
    <message>
        <source>“%1” changed since the plan was made</source>
        <translation>«&#xa0;%1&#xa0;» a changé depuis l’établissement du plan</translation>
    </message>
    <message>
        <source>“%1”: a shifted item needs a new date</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une publication décalée a besoin d’une nouvelle date</translation>
    </message>
    <message>
        <source>“%1”: a shifted item needs its new date</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une publication décalée a besoin de sa nouvelle date</translation>
    </message>
    <message>
        <source>a date and time (the item has a time)</source>
        <translation>une date et une heure (la publication a une heure)</translation>
    </message>
    <message>
        <source>a date (the item lasts the whole day)</source>
        <translation>une date (la publication dure toute la journée)</translation>
    </message>
    <message>
        <source>the last change is not a crisis&apos; start or end: undo the later changes first</source>
        <translation>la dernière modification n’est ni le début ni la fin d’une crise&#xa0;: annulez d’abord les modifications plus récentes</translation>
    </message>
    <message>
        <source>HH:MM-HH:MM, e.g. 21:00-08:00, or none</source>
        <translation>HH:MM-HH:MM, par exemple 21:00-08:00, ou none</translation>
    </message>
    <message>
        <source>hours 00 to 23, minutes 00 to 59</source>
        <translation>heures de 00 à 23, minutes de 00 à 59</translation>
    </message>
    <message>
        <source>the quiet hours must not start and end at the same time</source>
        <translation>les heures calmes ne doivent pas commencer et finir à la même heure</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>a word or short phrase (80 characters at most)</source>
        <translation>un mot ou une courte expression (80 caractères au plus)</translation>
    </message>
    <message>
        <source>at most %1 words</source>
        <translation>%1 mots au plus</translation>
    </message>
    <message>
        <source>a number of days from 1 to 365</source>
        <translation>un nombre de jours de 1 à 365</translation>
    </message>
    <message>
        <source>a crisis plan</source>
        <translation>un plan de crise</translation>
    </message>
    <message>
        <source>not a crisis plan (`crisis plan --json`)</source>
        <translation>ce n’est pas un plan de crise (`crisis plan --json`)</translation>
    </message>
    <message>
        <source>missing: the file must be `crisis plan --json`</source>
        <translation>absent&#xa0;: le fichier doit venir de `crisis plan --json`</translation>
    </message>
    <message>
        <source>a date and time is needed</source>
        <translation>une date et une heure sont nécessaires</translation>
    </message>
    <message>
        <source>the crisis&apos; name is needed</source>
        <translation>le nom de la crise est nécessaire</translation>
    </message>
    <message>
        <source>a list of channel names</source>
        <translation>une liste de noms de canaux</translation>
    </message>
    <message>
        <source>a list of rows is needed</source>
        <translation>une liste de lignes est nécessaire</translation>
    </message>
    <message>
        <source>each row is an object</source>
        <translation>chaque ligne est un objet</translation>
    </message>
    <message>
        <source>an item id (a number) is needed</source>
        <translation>un identifiant de publication (un nombre) est nécessaire</translation>
    </message>
    <message>
        <source>a date key of the series, or null</source>
        <translation>une clé de date de la série, ou null</translation>
    </message>
    <message>
        <source>a line of text, or null</source>
        <translation>une ligne de texte, ou null</translation>
    </message>
    <message>
        <source>no item %1 in this workspace</source>
        <translation>aucune publication %1 dans cet espace de travail</translation>
    </message>
    <message>
        <source>item %1 is not planned in this crisis&apos; window now (changed since the plan was made?): make the plan again</source>
        <translation>la publication %1 n’est plus prévue pendant cette crise (modifiée depuis l’établissement du plan&#xa0;?)&#xa0;: refaites le plan</translation>
    </message>
    <message>
        <source>item %1 has two rows</source>
        <translation>la publication %1 a deux lignes</translation>
    </message>
    <message>
        <source>a shifted item needs its new date</source>
        <translation>une publication décalée a besoin de sa nouvelle date</translation>
    </message>
    <message>
        <source>%1 is not a date and time with its offset, as printed</source>
        <translation>%1 n’est pas une date et une heure avec leur décalage, telles qu’affichées</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 n’est pas une date</translation>
    </message>
    <message>
        <source>too large for a calendar file</source>
        <translation>trop volumineux pour un fichier de calendrier</translation>
    </message>
    <message>
        <source>not UTF-8 text: not an iCalendar file</source>
        <translation>texte non UTF-8&#xa0;: ce n’est pas un fichier iCalendar</translation>
    </message>
    <message>
        <source>binary data: not an iCalendar file</source>
        <translation>données binaires&#xa0;: ce n’est pas un fichier iCalendar</translation>
    </message>
    <message>
        <source>not a readable iCalendar file (%1)</source>
        <translation>fichier iCalendar illisible (%1)</translation>
    </message>
    <message>
        <source>not an iCalendar line: %1</source>
        <translation>ligne non conforme à iCalendar&#xa0;: %1</translation>
    </message>
    <message>
        <source>content outside BEGIN:VCALENDAR</source>
        <translation>contenu en dehors de BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>the file must begin a VCALENDAR</source>
        <translation>le fichier doit commencer par un VCALENDAR</translation>
    </message>
    <message>
        <source>END:%1 where %2 should end</source>
        <translation>END:%1 là où %2 devrait se terminer</translation>
    </message>
    <message>
        <source>END:%1 where nothing should end</source>
        <translation>END:%1 là où rien ne devrait se terminer</translation>
    </message>
    <message>
        <source>empty, or not an iCalendar file (no VCALENDAR)</source>
        <translation>vide, ou pas un fichier iCalendar (aucun VCALENDAR)</translation>
    </message>
    <message>
        <source>the file ends inside %1 (begun line %2): cut short?</source>
        <translation>le fichier se termine à l’intérieur de %1 (commencé ligne %2)&#xa0;: tronqué&#xa0;?</translation>
    </message>
    <message>
        <source>these have no date to export; use %1</source>
        <translation>ces statuts n’ont pas de date à exporter&#xa0;; choisissez %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>an existing folder (made by the sync app)</source>
        <translation>un dossier existant (créé par l’application de synchronisation)</translation>
    </message>
    <message>
        <source>no folder is set: publish folder DIR first</source>
        <translation>aucun dossier n’est choisi&#xa0;: lancez d’abord publish folder DIR</translation>
    </message>
    <message>
        <source>%1: the folder is not there (unplugged or not synced?)</source>
        <translation>%1&#xa0;: le dossier est introuvable (débranché ou pas synchronisé&#xa0;?)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>ce n’est pas un dossier</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>plus d’espace libre sur le disque</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>not a regular file (a device, a pipe or a folder): give a file&apos;s path</source>
        <translation>ce n’est pas un fichier ordinaire (un périphérique, un tube ou un dossier)&#xa0;: donnez le chemin d’un fichier</translation>
    </message>
    <message>
        <source>too large to be %1</source>
        <translation>trop volumineux pour être %1</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>texte non UTF-8</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>pas du JSON (%1)</translation>
    </message>
    <message>
        <source>brackets nested more than %1 levels deep</source>
        <translation>crochets imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>%1 is not a number a JSON file may hold</source>
        <translation>%1 n’est pas un nombre qu’un fichier JSON peut contenir</translation>
    </message>
    <message>
        <source>%1: too large a number</source>
        <translation>%1&#xa0;: nombre trop grand</translation>
    </message>
    <message>
        <source>Qt wrote no PDF there</source>
        <translation>Qt n’a pas pu écrire de PDF à cet endroit</translation>
    </message>
    <message>
        <source>give --at, --on or --backlog</source>
        <translation>indiquez --at, --on ou --backlog</translation>
    </message>
    <message>
        <source>use it with --occurrence</source>
        <translation>à utiliser avec --occurrence</translation>
    </message>
    <message>
        <source>back to the ideas means no date: drop --at and --on</source>
        <translation>retour aux idées veut dire sans date&#xa0;: retirez --at et --on</translation>
    </message>
    <message>
        <source>give a number from 1 to %1</source>
        <translation>donnez un nombre de 1 à %1</translation>
    </message>
    <message>
        <source>notes belong to the whole series: drop --occurrence</source>
        <translation>les notes valent pour toute la série&#xa0;: retirez --occurrence</translation>
    </message>
    <message>
        <source>name one date of the series, e.g. 2026-12-01T09:00</source>
        <translation>indiquez une date de la série, par exemple 2026-12-01T09:00</translation>
    </message>
    <message>
        <source>hours, or off</source>
        <translation>un nombre d’heures, ou off</translation>
    </message>
    <message>
        <source>the plan file names the crisis already</source>
        <translation>le fichier de plan nomme déjà la crise</translation>
    </message>
    <message>
        <source>give the crisis a name, or an edited plan (--plan)</source>
        <translation>donnez un nom à la crise, ou un plan modifié (--plan)</translation>
    </message>
    <message>
        <source>TEMPLATE:CHANNEL, e.g. holding:Facebook</source>
        <translation>MODÈLE:CANAL, par exemple holding:Facebook</translation>
    </message>
    <message>
        <source>a file name ending in .ics</source>
        <translation>un nom de fichier se terminant par .ics</translation>
    </message>
    <message>
        <source>use WIDTHxHEIGHT such as 1400x900</source>
        <translation>indiquez LARGEURxHAUTEUR, par exemple 1400x900</translation>
    </message>
    <message>
        <source>use a size between 320x240 and 8000x8000</source>
        <translation>indiquez une taille entre 320x240 et 8000x8000</translation>
    </message>
    <message>
        <source>use a writable path ending in .png</source>
        <translation>indiquez un chemin accessible en écriture se terminant par .png</translation>
    </message>
    <message>
        <source>no item with id %1</source>
        <translation>aucune publication n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>no channel with id %1</source>
        <translation>aucun canal n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>no campaign named %1</source>
        <translation>aucune campagne ne s’appelle %1</translation>
    </message>
    <message>
        <source>no objective named %1</source>
        <translation>aucun objectif ne s’appelle %1</translation>
    </message>
    <message>
        <source>no audience named %1</source>
        <translation>aucun public ne s’appelle %1</translation>
    </message>
    <message>
        <source>no person named %1</source>
        <translation>personne ne s’appelle %1</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>rien à annuler</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>rien à rétablir</translation>
    </message>
    <message>
        <source>the last change is now “%1” (made elsewhere, e.g. from the command line); undo again to undo it</source>
        <translation>la dernière modification est maintenant «&#xa0;%1&#xa0;» (faite ailleurs, par exemple en ligne de commande)&#xa0;; annulez encore pour l’annuler</translation>
    </message>
    <message>
        <source>the last change is now “%1” (made elsewhere, e.g. from the command line); redo again to redo it</source>
        <translation>la dernière modification annulée est maintenant «&#xa0;%1&#xa0;» (faite ailleurs, par exemple en ligne de commande)&#xa0;; rétablissez encore pour la rétablir</translation>
    </message>
    <message>
        <source>cannot undo “%1”: %2</source>
        <translation>impossible d’annuler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot redo “%1”: %2</source>
        <translation>impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot undo “%1”: the workspace changed since in a way it would overwrite (%2)</source>
        <translation>impossible d’annuler «&#xa0;%1&#xa0;»&#xa0;: l’espace de travail a changé depuis, et l’annulation écraserait ce changement (%2)</translation>
    </message>
    <message>
        <source>cannot redo “%1”: the workspace changed since in a way it would overwrite (%2)</source>
        <translation>impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: l’espace de travail a changé depuis, et le rétablissement écraserait ce changement (%2)</translation>
    </message>
    <message>
        <source>cannot undo “%1”: it would also change %2, changed after it</source>
        <translation>impossible d’annuler «&#xa0;%1&#xa0;»&#xa0;: cela changerait aussi %2, modifié depuis</translation>
    </message>
    <message>
        <source>cannot redo “%1”: it would also change %2, changed after it</source>
        <translation>impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: cela changerait aussi %2, modifié depuis</translation>
    </message>
    <message>
        <source>cannot undo “%1”: what the workspace recorded of it is damaged; make the change by hand</source>
        <translation>impossible d’annuler «&#xa0;%1&#xa0;»&#xa0;: ce que l’espace de travail en a gardé est endommagé&#xa0;; faites la modification à la main</translation>
    </message>
    <message>
        <source>cannot redo “%1”: what the workspace recorded of it is damaged; make the change by hand</source>
        <translation>impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: ce que l’espace de travail en a gardé est endommagé&#xa0;; faites la modification à la main</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>%1 was deleted since</source>
        <translation>%1 a été supprimé depuis</translation>
    </message>
    <message>
        <source>%1 exists again</source>
        <translation>%1 existe de nouveau</translation>
    </message>
    <message>
        <source>%1 was changed since (%2)</source>
        <translation>%1 a été modifié depuis (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the setting %1</source>
        <translation>le réglage %1</translation>
    </message>
    <message>
        <source>the objective “%1”</source>
        <translation>l’objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the audience “%1”</source>
        <translation>le public «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the channel “%1”</source>
        <translation>le canal «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the person “%1”</source>
        <translation>la personne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the campaign “%1”</source>
        <translation>la campagne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the crisis “%1”</source>
        <translation>la crise «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the %1 row %2</source>
        <translation>la ligne %2 de %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Repeat rule</source>
        <translation>Règle de répétition</translation>
    </message>
    <message>
        <source>Date of the series</source>
        <translation>Date de la série</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Channel text</source>
        <translation>Texte du canal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Identifier (UID)</source>
        <translation>Identifiant (UID)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Character limit</source>
        <translation>Limite de caractères</translation>
    </message>
    <message>
        <source>Posts a week</source>
        <translation>Publications par semaine</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Campaign dates</source>
        <translation>Dates de la campagne</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Silent approval</source>
        <translation>Validation tacite</translation>
    </message>
    <message>
        <source>Crisis sensitivity</source>
        <translation>Sensibilité en cas de crise</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nouvelle date</translation>
    </message>
    <message>
        <source>Published folder</source>
        <translation>Dossier publié</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>nom du fichier</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>octet %1</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Acting as:</source>
        <translation>J’agis en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Who the history names for what you do here (this computer)</source>
        <translation>Le nom que l’historique retient pour ce que vous faites ici (sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Sheet for a reviewer…</source>
        <translation>Feuille pour un relecteur…</translation>
    </message>
    <message>
        <source>Apply decisions…</source>
        <translation>Appliquer des décisions…</translation>
    </message>
    <message>
        <source>Review (%n)</source>
        <translation>Relecture (%n)</translation>
    </message>
    <message>
        <source>Who the history names for what you do here; click to change</source>
        <translation>Qui l’historique nomme pour ce que vous faites ici&#xa0;; cliquez pour changer</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>rédaction</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>relecture</translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation>J’agis en tant que %1</translation>
    </message>
    <message>
        <source>Who is acting?</source>
        <translation>Qui agit&#xa0;?</translation>
    </message>
    <message>
        <source>Last time, what was done here was signed “%1”. Is it still %1 at the keyboard?</source>
        <translation>La dernière fois, ce qui a été fait ici était signé «&#xa0;%1&#xa0;». Est-ce toujours %1 au clavier&#xa0;?</translation>
    </message>
    <message>
        <source>Yes, sign “%1”</source>
        <translation>Oui, signer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No, sign “%1”</source>
        <translation>Non, signer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Select an item to send to review.</source>
        <translation>Sélectionnez une publication à envoyer en relecture.</translation>
    </message>
    <message>
        <source>Sent to review. Ctrl+Z to undo.</source>
        <translation>Envoyée en relecture. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Approved: %n. Ctrl+Z to undo.</source>
        <translation>Validées&#xa0;: %n. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Sent back to draft with your comment. Ctrl+Z to undo.</source>
        <translation>Renvoyée en brouillon avec votre commentaire. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Demander des changements</translation>
    </message>
    <message>
        <source>What should change in “%1”?</source>
        <translation>Que faut-il changer dans «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Rien n’attend de relecture.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Approve the selected items (Ctrl+Enter)</source>
        <translation>Valider les publications sélectionnées (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Request changes…</source>
        <translation>Demander des changements…</translation>
    </message>
    <message>
        <source>Send the item back to draft with a comment (Ctrl+Shift+Enter)</source>
        <translation>Renvoyer la publication en brouillon avec un commentaire (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>Approved by itself the next time the workspace is opened, if nobody decides (its time, %1, has passed).</source>
        <translation>Validée d’office à la prochaine ouverture de l’espace de travail, si personne ne décide (son heure, %1, est passée).</translation>
    </message>
    <message>
        <source>Approved by itself on %1 if nobody decides.</source>
        <translation>Validée d’office le %1 si personne ne décide.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Overdue: its time has come</source>
        <translation>En retard&#xa0;: l’heure est passée</translation>
    </message>
    <message>
        <source>Within 24 hours</source>
        <translation>Dans les 24 heures</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Pas encore de date</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>changements demandés</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>validée</translation>
    </message>
</context>
<context>
    <name>ReviewSheetActions</name>
    <message>
        <source>Review sheet for a reviewer…</source>
        <translation>Feuille de relecture pour un relecteur…</translation>
    </message>
    <message>
        <source>Apply a reviewer’s decisions…</source>
        <translation>Appliquer les décisions d’un relecteur…</translation>
    </message>
    <message>
        <source>Validation settings…</source>
        <translation>Réglages de validation…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <source>review-sheet</source>
        <translation>feuille-de-relecture</translation>
    </message>
    <message>
        <source>Review sheet for a reviewer</source>
        <translation>Feuille de relecture pour un relecteur</translation>
    </message>
    <message>
        <source>Page to decide in a browser (*.html);;PDF to print (*.pdf)</source>
        <translation>Page à remplir dans un navigateur (*.html);;PDF à imprimer (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the review sheet…</source>
        <translation>Écriture de la feuille de relecture…</translation>
    </message>
    <message>
        <source>Review sheet of %n item(s) written to %1</source>
        <translation>Feuille de relecture de %n contenu(s) écrite dans %1</translation>
    </message>
    <message>
        <source>Review sheet</source>
        <translation>Feuille de relecture</translation>
    </message>
    <message>
        <source>Send it to the reviewer: they open it in any browser, decide, and save their decisions to a file that you record with Review › Apply a reviewer’s decisions.</source>
        <translation>Envoyez-la à la personne qui relit&#xa0;: elle l’ouvre dans n’importe quel navigateur, décide et enregistre ses décisions dans un fichier que vous appliquez avec Relecture › Appliquer les décisions d’un relecteur.</translation>
    </message>
    <message>
        <source>Print it or send it; decisions on paper are entered in the Review tab.</source>
        <translation>Imprimez-la ou envoyez-la&#x202f;; les décisions prises sur papier se saisissent dans l’onglet Relecture.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Apply a reviewer’s decisions</source>
        <translation>Appliquer les décisions d’un relecteur</translation>
    </message>
    <message>
        <source>Decisions saved from a review sheet (*.json);;All files (*)</source>
        <translation>Décisions enregistrées depuis une feuille de relecture (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Decisions of %1: %n recorded.</source>
        <translation>Décisions de %1&#xa0;: %n enregistrée(s).</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>contenu %1</translation>
    </message>
    <message>
        <source>Not applied: %n (why, item by item, below).</source>
        <translation>Non appliquées&#xa0;: %n (le détail ci-dessous, élément par élément).</translation>
    </message>
    <message>
        <source>not on the sheet these decisions answer</source>
        <translation>ne figure pas sur la feuille à laquelle ces décisions répondent</translation>
    </message>
    <message>
        <source>Reviewer’s decisions</source>
        <translation>Décisions du relecteur</translation>
    </message>
    <message>
        <source>Ctrl+Z takes them back.</source>
        <translation>Ctrl+Z les annule.</translation>
    </message>
    <message>
        <source>not a decision this program knows</source>
        <translation>une décision que ce programme ne connaît pas</translation>
    </message>
    <message>
        <source>no longer in the workspace</source>
        <translation>n’est plus dans l’espace de travail</translation>
    </message>
    <message>
        <source>changed after the sheet was made (now %1)</source>
        <translation>modifié après la feuille (maintenant %1)</translation>
    </message>
    <message>
        <source>no longer in review (%1)</source>
        <translation>n’est plus en relecture (%1)</translation>
    </message>
    <message>
        <source>a requested change that says nothing</source>
        <translation>une demande de modifications vide</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>A second pair of eyes before a post goes out, without slowing the association down: one reviewer, one click, and nothing waits forever.</source>
        <translation>Un second regard avant qu’une publication ne parte, sans ralentir l’association&#xa0;: une personne qui relit, un clic, et rien n’attend indéfiniment.</translation>
    </message>
    <message>
        <source>No validation: items are approved by whoever plans them</source>
        <translation>Pas de validation&#xa0;: les contenus sont validés par la personne qui les planifie</translation>
    </message>
    <message>
        <source>Every item is reviewed before it goes out</source>
        <translation>Chaque contenu est relu avant de partir</translation>
    </message>
    <message>
        <source>Only items on these channels, campaigns or sensitivities:</source>
        <translation>Seulement les contenus de ces canaux, campagnes ou sensibilités&#xa0;:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Approve silently what is still waiting</source>
        <translation>Valider tacitement ce qui attend encore</translation>
    </message>
    <message>
        <source> h</source>
        <translation>&#xa0;h</translation>
    </message>
    <message>
        <source>before publication</source>
        <translation>avant la publication</translation>
    </message>
    <message>
        <source>It happens when the app or a command opens the workspace, with a line in the item&apos;s history; the queue shows when.</source>
        <translation>Cela se fait quand l’application ou une commande ouvre l’espace de travail, avec une ligne dans l’historique du contenu&#x202f;; la file indique quand.</translation>
    </message>
    <message>
        <source>An approved item whose text or date changes goes back to review</source>
        <translation>Un contenu validé dont le texte ou la date change repart en relecture</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Give a name.</source>
        <translation>Indiquez un nom.</translation>
    </message>
    <message>
        <source>This name is used twice.</source>
        <translation>Ce nom est utilisé deux fois.</translation>
    </message>
    <message>
        <source>{list}: a name is missing.</source>
        <translation>{list}&#xa0;: un nom manque.</translation>
    </message>
    <message>
        <source>{list}: &quot;{name}&quot; is used twice.</source>
        <translation>{list}&#xa0;: «&#xa0;{name}&#xa0;» est utilisé deux fois.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Find on every date (Ctrl+Shift+F)</source>
        <translation>Chercher sur toutes les dates (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%n results</source>
        <translation>%n résultats</translation>
    </message>
    <message>
        <source>Nothing found on any date.</source>
        <translation>Rien trouvé, à aucune date.</translation>
    </message>
</context>
<context>
    <name>SeriesDateBar</name>
    <message>
        <source>&amp;Use the series&apos; values</source>
        <translation>&amp;Reprendre les valeurs de la série</translation>
    </message>
    <message>
        <source>Put this date&apos;s title, text, status and channels back to the series&apos; ones (its date stays as it is).</source>
        <translation>Redonner à cette date le titre, le texte, le statut et les canaux de la série (sa date ne change pas).</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>canaux</translation>
    </message>
    <message>
        <source>One date of a repeating series.</source>
        <translation>Une date d’une série qui se répète.</translation>
    </message>
    <message>
        <source>This date has its own %1.</source>
        <translation>Cette date a ses propres valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>It was moved from its place in the series.</source>
        <translation>Elle a été déplacée de sa place dans la série.</translation>
    </message>
    <message>
        <source>It follows the series.</source>
        <translation>Elle suit la série.</translation>
    </message>
    <message>
        <source>One date of a repeating series. Saved for this date, it follows the series.</source>
        <translation>Une date d’une série qui se répète. Enregistrée pour cette date, elle suivra la série.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>Paramètres de l’espace de travail</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>What the association&apos;s communication is for. Tagging items with an objective shows whether the plan is balanced.</source>
        <translation>Ce à quoi sert la communication de l’association. Associer un objectif aux publications montre si le planning est équilibré.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Who the association speaks to.</source>
        <translation>À qui s’adresse l’association.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Name of the association</source>
        <translation>Nom de l’association</translation>
    </message>
    <message>
        <source>Français</source>
        <comment>language name, keep in French</comment>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language name, keep in English</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>Association name:</source>
        <translation>Nom de l’association&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Times in the calendar are read in this zone.</source>
        <translation>Les heures du calendrier sont exprimées dans ce fuseau.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the window and of the lists a new workspace starts with.</source>
        <translation>La langue de la fenêtre et des listes proposées à la création d’un espace de travail.</translation>
    </message>
    <message>
        <source>Time zone: &quot;{zone}&quot; is not known; pick one from the list, such as Europe/Paris.</source>
        <translation>Fuseau horaire&#xa0;: «&#xa0;{zone}&#xa0;» est inconnu&#x202f;; choisissez-en un dans la liste, par exemple Europe/Paris.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing &quot;{name}&quot; leaves its %n item(s) in the calendar, without an objective.</source>
        <translation>
            <numerusform>Supprimer «&#xa0;{name}&#xa0;»&#xa0;: %n publication reste dans le calendrier, sans objectif.</numerusform>
            <numerusform>Supprimer «&#xa0;{name}&#xa0;»&#xa0;: %n publications restent dans le calendrier, sans objectif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing &quot;{name}&quot; takes it off %n item(s); the items stay in the calendar.</source>
        <translation>
            <numerusform>Supprimer «&#xa0;{name}&#xa0;» le retire de %n publication&#x202f;; celle-ci reste dans le calendrier.</numerusform>
            <numerusform>Supprimer «&#xa0;{name}&#xa0;» le retire de %n publications&#x202f;; celles-ci restent dans le calendrier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextTab</name>
    <message>
        <source>The text of the post, for every channel.</source>
        <translation>Le texte de la publication, pour tous les canaux.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>%1: uses its own text</source>
        <translation>%1&#xa0;: texte dédié</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1&#xa0;: </translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week view</source>
        <translation>Vue semaine</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Journée</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
</TS>
