"""Demo experiences from Verdal, Levanger, Steinkjer and Namsos (Trøndelag)."""

import datetime

from .blocks import Experience, fact_box, key_figures, quote, steps, text

D = datetime.date

EXPERIENCES = [
    Experience(
        "verdal",
        "bosetting-i-hele-kommunen",
        "Bosetting av flyktninger i hele kommunen, ikke bare i sentrum",
        ["bosetting-av-flyktninger"],
        D(2014, 8, 27),
        "Verdal bosatte 64 flyktninger i 2013 og 2014, mange av dem i private leieboliger i bygdene rundt "
        "Verdalsøra. Nærhet til nabolag og arbeid betydde mer enn nærhet til introduksjonssenteret.",
        [
            text(
                "De fleste kommunale boligene i Verdal ligger på Verdalsøra, og derfor ble nesten alle "
                "flyktninger bosatt der. Det ga press på noen få boområder, og mange ble boende sammen med "
                "andre nyankomne i stedet for å bli kjent med nabolaget.",
                "I 2013 begynte flyktningtjenesten å leie boliger av private utleiere også i Vuku, Vinne og "
                "på Stiklestad, og vi fikk tilskudd fra Husbanken til å kjøpe noen utleieboliger i bygdene.",
            ),
            key_figures(
                "2013–2014",
                ("64", "flyktninger bosatt"),
                ("27", "bosatt utenfor Verdalsøra"),
                ("18", "private utleiere med avtale"),
            ),
            quote(
                "I Vuku kjente alle hverandre. Etter to måneder hadde ungene fotballtrening, og jeg hadde en "
                "nabo som kjørte meg til jobben.",
                "bosatt flyktning, 2014",
            ),
        ],
        "Faste avtaler med private utleiere, der kommunen garanterer for husleia det første året.",
        "Vi undervurderte behovet for transport. Bussen går sjelden, og førerkort burde vært en del av "
        "introduksjonsprogrammet fra starten.",
        ("Siri Hallan", "bosettingskonsulent, flyktningtjenesten", ""),
    ),
    Experience(
        "verdal",
        "tidsbestemte-leiekontrakter-med-en-plan",
        "Tidsbestemte leiekontrakter med en plan",
        ["kommunale-utleieboliger"],
        D(2015, 10, 12),
        "Verdal gir nå alle nye leietakere i kommunale boliger en treårskontrakt og en plan for veien videre. "
        "Andelen som flytter videre til eid eller privat leid bolig, har økt fra 12 til 31 prosent.",
        [
            text(
                "Mange leietakere hadde bodd i kommunale boliger i over ti år, også de som hadde fått bedre "
                "økonomi. Ingen hadde spurt dem om de ville flytte, og boligene ble aldri ledige for nye "
                "søkere.",
                "Fra 2014 gjelder alle nye leiekontrakter for tre år. Ved innflytting lager leietakeren og "
                "boligkontoret en enkel plan: Hva skal til for at du kan eie eller leie privat om tre år? "
                "Planen gås gjennom hvert år.",
            ),
            fact_box(
                "Hva skjer når kontrakten løper ut?",
                [
                    "Leietakeren får svar på om kontrakten fornyes, senest seks måneder før den løper ut",
                    "Har økonomien blitt bedre, får leietakeren veiledning om startlån eller privat leie",
                    "Ingen blir sagt opp til en situasjon uten bolig",
                    "Eldre og personer med varig hjelpebehov kan få lengre kontrakter",
                ],
            ),
            key_figures(
                "",
                ("12 % → 31 %", "av leietakerne flytter videre til eid eller privat leid bolig"),
                ("3 år", "er vanlig kontraktstid"),
            ),
        ],
        "Den årlige gjennomgangen. Den gjør kontraktstiden til en avtale om noe, ikke til en trussel.",
        "Vi skulle ha informert de eldre leietakerne tydeligere. Noen trodde de skulle bli kastet ut.",
        ("Per Arne Volden", "leder, boligkontoret", "per.arne.volden@example.org"),
        related=["rask-istandsetting-av-kommunale-boliger"],
    ),
    Experience(
        "levanger",
        "miljoarbeider-i-boligomradet",
        "Miljøarbeider i boligområdet",
        ["oppfolging-i-hjemmet", "kommunale-utleieboliger"],
        D(2014, 2, 19),
        "Levanger ansatte en miljøarbeider med fast kontor i et område med 36 kommunale leiligheter. Klagene "
        "fra naboene gikk ned, og flere leietakere fikk hjelp før problemene ble store.",
        [
            text(
                "Kommunen har 36 leiligheter i tre blokker i Levanger sentrum. Området hadde et dårlig rykte, "
                "og både leietakere og naboer klaget på bråk, søppel og uro. Boligkontoret brukte mye tid "
                "på advarsler og oppsigelser.",
                "I 2013 ansatte vi en miljøarbeider i full stilling med kontor i første etasje i en av "
                "blokkene. Miljøarbeideren er der på dagtid og to kvelder i uka, kjenner alle leietakerne og "
                "hjelper med alt fra søknader til konflikter med naboene.",
            ),
            key_figures(
                "Det første året",
                ("36", "kommunale leiligheter i området"),
                ("43 → 11", "klager fra naboer"),
                ("5 → 0", "oppsigelser"),
            ),
            quote(
                "Før var det bare vaktmesteren og brevene fra kommunen. Nå er det noen som banker på og spør "
                "hvordan det går.",
                "leietaker",
            ),
        ],
        [
            "Fast kontor i området, ikke på rådhuset.",
            "Dugnad og grillkveld for leietakere og naboer hver vår og høst.",
        ],
        "Vi burde ha avklart på forhånd hva miljøarbeideren ikke skal gjøre. Det ble mye vaktmester- og "
        "sosialarbeid på én person.",
        ("Trond Skjærvø", "miljøarbeider", ""),
    ),
    Experience(
        "levanger",
        "veiledning-om-bostotte-pa-servicetorget",
        "Veiledning om bostøtte og startlån på servicetorget",
        ["startlan-og-bostotte"],
        D(2016, 9, 28),
        "Levanger flyttet den første veiledningen om bostøtte, startlån og tilskudd til servicetorget. "
        "Søknadene om bostøtte økte med en fjerdedel, og saksbehandlerne fikk mer tid til de vanskelige sakene.",
        [
            text(
                "Søknadene om bostøtte og startlån sendes nå digitalt, men mange av dem som trenger ordningene "
                "mest, får ikke til å søke på nett. De ringte eller møtte opp hos saksbehandlerne, som brukte "
                "mye av dagen på enkle spørsmål.",
                "Vi lærte opp fire medarbeidere på servicetorget i Husbankens ordninger og satte av en PC der "
                "publikum kan sitte sammen med oss. Servicetorget hjelper med søknaden, og saksbehandlerne "
                "tar over når det trengs en vurdering.",
            ),
            fact_box(
                "Opplæringen",
                [
                    "To dager med Husbanken om bostøtte, startlån og tilskudd",
                    "En uke hospitering hos saksbehandlerne",
                    "En felles sjekkliste for hva servicetorget svarer på, og hva som sendes videre",
                    "Et møte hver måned om spørsmål og nye regler",
                ],
            ),
            key_figures(
                "",
                ("+26 %", "søknader om bostøtte fra 2015 til 2016"),
                ("4", "medarbeidere på servicetorget lært opp"),
            ),
        ],
        "Sjekklisten. Den gjorde det trygt for servicetorget å svare, og tydelig når saken skulle videre.",
        "Vi burde hatt tolk tilgjengelig på telefon fra starten.",
        ("Ingrid Sandberg", "leder, servicetorget", "ingrid.sandberg@example.org"),
        related=["bostotte-til-dem-som-ikke-sokte"],
    ),
    Experience(
        "steinkjer",
        "startlan-og-tilskudd-i-bygdene",
        "Startlån og tilskudd til etablering i bygdene",
        ["startlan-og-bostotte"],
        D(2014, 10, 15),
        "I bygdene i Steinkjer er boligene rimelige, men bankene er tilbakeholdne med lån. Med startlån og "
        "tilskudd til etablering fikk 17 husstander kjøpe bolig utenfor byen.",
        [
            text(
                "Startlånet brukes mest i byene, der boligprisene er høye. I bygder som Kvam, Beitstad og "
                "Ogndal møtte vi det motsatte problemet: Boligene var rimelige, men verdien var lav i forhold "
                "til hva det kostet å ruste dem opp, og bankene ville ikke låne ut.",
                "Kommunen ga startlån som fullfinansiering i disse sakene og brukte tilskudd til etablering "
                "for husstandene med lavest inntekt. Tilskudd til tilpasning ble brukt der boligen måtte "
                "gjøres tilgjengelig for rullestol.",
            ),
            key_figures(
                "2013–2014",
                ("17", "husstander kjøpte bolig i bygdene"),
                ("1,1 mill. kr", "i gjennomsnittlig kjøpesum"),
                ("9", "fikk også tilskudd til etablering"),
            ),
        ],
        "Vi hadde med en takstmann på visningene. Han så fort hva det ville koste å gjøre boligen brukbar.",
        "Vi burde ha sett på transport og avstand til tjenester i hver sak. En familie flyttet tilbake til "
        "byen etter ett år fordi det ble for tungvint uten bil.",
        ("Jorunn Lysberg", "saksbehandler, startlån og tilskudd", ""),
    ),
    Experience(
        "steinkjer",
        "bolig-med-bemanning-for-personer-med-rusproblemer",
        "Bolig med bemanning for personer med rusproblemer",
        ["bostedsloshet-og-housing-first", "oppfolging-i-hjemmet"],
        D(2015, 11, 25),
        "Seks personer med langvarig rusavhengighet som ikke klarte seg i vanlige boliger, fikk egne "
        "leiligheter i et lite bygg med bemanning hele døgnet. Etter ett år hadde ingen mistet boligen.",
        [
            text(
                "Steinkjer prøvde først Housing First med spredte boliger for alle. For de fleste fungerte "
                "det, men for en liten gruppe ble det gjentatte utkastelser, skader på boligene og konflikter "
                "med naboene. Noen endte på hospits i Trondheim.",
                "For dem bygde vi om et tidligere omsorgsbygg til seks små leiligheter med felles personalbase. "
                "Hver leietaker har egen kontrakt og egen inngang. Personalet er til stede hele døgnet og "
                "samarbeider med rustjenesten og fastlegene.",
            ),
            quote(
                "Ett tilbud passer ikke alle. Housing First er riktig for de fleste, men noen trenger folk "
                "rundt seg hele døgnet.",
                "enhetsleder, psykisk helse og rus",
            ),
            key_figures(
                "Det første driftsåret",
                ("6", "leiligheter"),
                ("0", "utkastelser"),
                ("4 av 6", "har redusert rusbruken, etter egen vurdering"),
            ),
        ],
        "Egen inngang og egen kontrakt. Leietakerne opplever det som sitt hjem, ikke som en institusjon.",
        "Vi burde ha snakket med naboene før vedtaket, ikke etter. Motstanden ble mindre da de fikk møte "
        "personalet.",
        ("Håvard Ness", "enhetsleder, psykisk helse og rus", "havard.ness@example.org"),
        related=["housing-first-de-forste-20-leietakerne"],
    ),
    Experience(
        "steinkjer",
        "ungdom-fra-barnevernet-i-egen-bolig",
        "Ungdom fra barnevernet i egen bolig",
        ["oppfolging-i-hjemmet", "samarbeid-med-nav"],
        D(2016, 8, 17),
        "Barneverntjenesten, NAV og boligkontoret i Steinkjer har en felles plan for ungdom som flytter fra "
        "fosterhjem eller institusjon. Planen starter når ungdommen er 16, ikke når han eller hun fyller 18.",
        [
            text(
                "Ungdom som har hatt tiltak fra barnevernet, er overrepresentert blant unge bostedsløse. Hos "
                "oss fikk flere av dem sin første kommunale bolig uten at noen hadde snakket med dem om "
                "økonomi, naboer eller hva de skulle gjøre på dagtid.",
                "Nå lager barnevernet, NAV og boligkontoret en plan sammen med ungdommen fra 16-årsalderen. "
                "Ungdommen kan prøve å bo i en treningsleilighet med oppfølging før flyttingen til egen "
                "bolig, og ettervernet fra barnevernet kan fortsette til 23 år.",
            ),
            fact_box(
                "Planen inneholder",
                [
                    "Hvor ungdommen vil bo, og hva det koster",
                    "Hvem som følger opp de første månedene i den nye boligen",
                    "Søknad om bostøtte og eventuelt startlån",
                    "Skole, arbeid eller annen aktivitet på dagtid",
                ],
            ),
        ],
        "Treningsleiligheten. Feil som skjer der, får ikke følger for boligkarrieren senere.",
        "Vi skulle ha tatt med ungdommene selv da vi laget planen. Det gjorde vi først etter et år, og da "
        "ble den mye kortere.",
        ("Kristin Følling", "kontaktperson for ettervern, barneverntjenesten", ""),
        related=["buoppfolging-i-heimen-for-unge-vaksne"],
    ),
    Experience(
        "namsos",
        "forebygging-av-utkastelser",
        "Forebygging av utkastelser: NAV ringer før namsmannen",
        ["samarbeid-med-nav"],
        D(2014, 4, 2),
        "Namsos og NAV har en avtale med de største utleierne i byen: Ved to måneders husleierestanse får NAV "
        "et varsel før saken går til namsmannen. Utkastelsene gikk ned fra 19 i 2012 til 5 i 2013.",
        [
            text(
                "Når en utkastelse er begjært hos namsmannen, er det ofte for sent. Restansen er blitt stor, "
                "saksomkostningene kommer i tillegg, og utleieren har gitt opp leietakeren.",
                "Vi inviterte de fem største utleierne i Namsos, blant dem kommunen selv, og ble enige om et "
                "enkelt varsel: Ved to måneders restanse sender utleieren et varsel til NAV, og NAV tar "
                "kontakt med leietakeren innen en uke og tilbyr økonomisk rådgivning.",
            ),
            key_figures(
                "",
                ("19 → 5", "utkastelser, 2012 mot 2013"),
                ("5", "utleiere med avtale"),
                ("1 uke", "fra varsel til kontakt"),
            ),
            fact_box(
                "Samtykke i leiekontrakten",
                "Varselet til NAV bygger på samtykke. Leietakeren kan krysse av i kontrakten for at utleieren "
                "får sende varsel til NAV ved restanse. Nesten alle nye leietakere hos kommunen har samtykket.",
            ),
        ],
        "Utleierne fikk en fast kontaktperson i NAV, og det var det de ønsket seg mest.",
        "Vi skulle ha tatt med leietakerorganisasjonen da vi skrev samtykketeksten. Den første versjonen var "
        "for juridisk.",
        ("Roar Bertheussen", "økonomisk rådgiver, NAV Namsos", ""),
        related=["bostotte-til-dem-som-ikke-sokte"],
    ),
    Experience(
        "namsos",
        "enslige-mindrearige-fra-bofellesskap-til-egen-hybel",
        "Enslige mindreårige: fra bofellesskap til egen hybel",
        ["bosetting-av-flyktninger", "oppfolging-i-hjemmet"],
        D(2016, 6, 8),
        "Da Namsos sa ja til å bosette 30 enslige mindreårige flyktninger i 2016, hadde kommunen verken "
        "bofellesskap eller hybler nok. Vi bygde en trappetrinnsmodell fra bofellesskap via hybel med "
        "oppfølging til egen bolig.",
        [
            text(
                "Høsten 2015 kom det svært mange asylsøkere til Norge, og Namsos ble bedt om å bosette langt "
                "flere enslige mindreårige enn før. Vi hadde ett bofellesskap med seks plasser.",
                "I løpet av et halvt år åpnet vi to nye bofellesskap for de yngste, leide 14 hybler av "
                "private utleiere i sentrum og inngikk avtale med tre vertsfamilier. Ungdommene flytter "
                "videre etter hvert som de klarer mer selv.",
            ),
            key_figures(
                "2016",
                ("30", "enslige mindreårige bosatt"),
                ("3", "bofellesskap"),
                ("14", "hybler med oppfølging"),
                ("3", "vertsfamilier"),
            ),
            quote(
                "Det viktigste var ikke boligen, men at noen visste om jeg kom hjem om kvelden.",
                "ungdom, 17 år",
            ),
            text("## Trappetrinnsmodellen"),
            steps(
                "Bofellesskap med personale hele døgnet (15–17 år)",
                "Hybel eller vertsfamilie med daglig oppfølging",
                "Egen leid bolig med oppfølging i hjemmet, og etter hvert startlån",
            ),
        ],
        "Vertsfamiliene. De ga ungdommene et nettverk som varte etter at tiltaket var slutt.",
        "Vi gikk for fort fra trinn to til tre for noen. Flere av ungdommene ville trengt et halvt år til "
        "på hybel.",
        ("Elin Aune", "leder, tjenesten for enslige mindreårige", "elin.aune@example.org"),
        featured=True,
        related=["bosetting-i-hele-kommunen", "flyktninger-som-eier-egen-bolig"],
    ),
    Experience(
        "levanger",
        "housing-first-i-en-mellomstor-kommune",
        "Housing First i en mellomstor kommune",
        ["bostedsloshet-og-housing-first"],
        D(2015, 5, 6),
        "Levanger har ikke mange bostedsløse, men de få har store behov. Vi tilpasset Housing First til en "
        "kommune med 20 000 innbyggere: fire deltakere, et team på to og avtaler med private utleiere.",
        [
            text(
                "Mange tror Housing First bare passer for storbyer. Hos oss var det fire personer som gikk "
                "igjen i alle oversikter over bostedsløse: hospits, sofaer hos venner, korte opphold i "
                "kommunale boliger og utkastelser. De hadde fått tilbud om det meste, men aldri en bolig "
                "uten vilkår.",
            ),
            fact_box(
                "Slik tilpasset vi modellen",
                [
                    "Teamet er en del av rus- og psykiatritjenesten, ikke en egen enhet",
                    "Vakttelefonen på kveld og i helger deles med nabokommunen",
                    "Boligene leies av private utleiere, og kommunen står som garantist",
                    "Deltakerne kan velge å få husleia trukket fra stønaden",
                ],
            ),
            key_figures(
                "Etter ett år",
                ("4", "deltakere i egen bolig"),
                ("4", "bor fortsatt i boligen"),
                ("2", "ansatte i teamet"),
            ),
        ],
        "Å starte smått. Med fire deltakere kunne vi justere underveis.",
        "Vi ville brukt mer tid på politisk forankring. Da en av deltakerne havnet i avisa, kjente ikke "
        "politikerne modellen godt nok til å forklare den.",
        ("Stian Reitan", "koordinator, Housing First", ""),
        related=["housing-first-de-forste-20-leietakerne"],
    ),
    Experience(
        "namsos",
        "tilskudd-til-utleieboliger-i-sentrum",
        "16 utleieboliger i et vanlig boligprosjekt",
        ["kommunale-utleieboliger", "planlegging-og-forankring"],
        D(2015, 9, 2),
        "Med tilskudd fra Husbanken og en avtale med en privat utbygger kjøpte Namsos 16 leiligheter i et "
        "nytt boligprosjekt i sentrum, i stedet for å bygge et eget kommunalt bygg.",
        [
            text(
                "Kommunen trengte flere utleieboliger, og den første planen var et eget bygg med 16 "
                "leiligheter i utkanten av sentrum. Erfaringene fra andre kommuner i programmet fikk oss "
                "til å tenke om: Samlokaliserte boliger gir ofte uro, og beboerne blir stemplet.",
                "I stedet gikk vi i dialog med en utbygger som planla 64 leiligheter i sentrum, og avtalte "
                "å kjøpe 16 av dem, spredt i tre oppganger. Husbanken ga tilskudd til utleieboliger, og "
                "resten ble finansiert med lån.",
            ),
            key_figures(
                "",
                ("16", "kommunale utleieboliger av 64 i prosjektet"),
                ("35 %", "av godkjente kostnader dekket av tilskudd fra Husbanken"),
                ("3", "oppganger, med ikke mer enn seks kommunale leiligheter i hver"),
            ),
            quote("Leietakerne våre er naboer, ikke en egen gruppe.", "eiendomssjef i Namsos kommune"),
        ],
        "Å komme inn tidlig i planleggingen, før utbyggeren hadde tegnet ferdig.",
        "Vi skulle ha avklart vedlikehold og husordensregler med sameiet på forhånd. De første "
        "sameiermøtene ble unødvendig anspente.",
        ("Anne Lise Moen", "eiendomssjef", "anne.lise.moen@example.org"),
        related=["boligsosiale-mal-i-kommuneplanen"],
    ),
]
