"""Demo experiences from Melhus, Trondheim and Stjørdal (Trøndelag)."""

import datetime

from .blocks import Experience, fact_box, key_figures, quote, text

D = datetime.date

EXPERIENCES = [
    Experience(
        "melhus",
        "startlan-til-barnefamilier-i-et-pressomrade",
        "Startlån til barnefamilier i et pressområde",
        ["startlan-og-bostotte"],
        D(2014, 11, 5),
        "Boligprisene i Melhus steg med nesten 40 prosent på fem år. Ved å prioritere barnefamilier med lav "
        "inntekt og gi lengre nedbetalingstid fikk 52 familier kjøpe egen bolig med startlån i 2013 og 2014.",
        [
            text(
                "Melhus ligger tett på Trondheim, og mange barnefamilier flytter hit fordi boligene er litt "
                "billigere enn i byen. For dem med lave eller ustabile inntekter var det likevel umulig å "
                "komme inn på boligmarkedet. Vi hadde ventelister til kommunale boliger, samtidig som flere "
                "av familiene på ventelisten kunne ha betjent et startlån.",
                "Kommunestyret vedtok i 2013 egne retningslinjer for startlån. Barnefamilier med lav inntekt "
                "prioriteres, og nedbetalingstiden kan være opptil 50 år når det trengs for at lånet skal "
                "være forsvarlig.",
            ),
            key_figures(
                "2013–2014",
                ("52", "barnefamilier kjøpte bolig med startlån"),
                ("2,1 mill. kr", "i gjennomsnittlig kjøpesum"),
                ("50 år", "lengste nedbetalingstid vi har gitt"),
                ("1", "mislighold så langt"),
            ),
            fact_box(
                "Dette vurderer vi i hver sak",
                [
                    "Hva familien betaler i husleie i dag, sammenlignet med hva det koster å eie",
                    "Om inntekten er varig, også når den er lav",
                    "Om familien kan ha rett til bostøtte etter kjøpet",
                    "Om boligen passer for barna: skole, fritid og nettverk",
                ],
            ),
        ],
        "Vi viste familiene et enkelt regnestykke: husleia de betalte, mot renter og avdrag på et startlån. "
        "For mange var det første gang de så at de kunne eie.",
        "Vi burde hatt en avtale med bankene fra dag én. Det tok tid før de lokale bankene ville gi "
        "grunnfinansieringen når kommunen ga startlån som toppfinansiering.",
        ("Hilde Gråbakk", "saksbehandler, startlån", "hilde.grabakk@example.org"),
        related=["fra-leie-til-eie-med-startlan"],
    ),
    Experience(
        "melhus",
        "boligsosiale-mal-i-kommuneplanen",
        "Boligsosiale mål i kommuneplanens samfunnsdel",
        ["planlegging-og-forankring"],
        D(2015, 2, 10),
        "I stedet for en egen boligsosial plan skrev Melhus de boligsosiale målene inn i kommuneplanen. Nå "
        "må alle større utbyggingsprosjekter vurderes for boliger til vanskeligstilte.",
        [
            text(
                "Vi hadde erfaring med at særplaner blir liggende. Da kommuneplanen skulle rulleres i 2014, "
                "foreslo rådmannen heller å gjøre boligpolitikken til en del av den.",
                "## Hva står i planen",
                "Samfunnsdelen har tre boligsosiale mål, og arealdelen sier at kommunen skal vurdere å kjøpe "
                "inntil ti prosent av boligene i nye prosjekter med mer enn 20 boenheter. I 2015 kjøpte "
                "kommunen på den måten seks leiligheter i to nye boligfelt i Melhus sentrum og på Hovin.",
            ),
            quote(
                "Når de boligsosiale hensynene står i kommuneplanen, er de ikke lenger bare helse og velferd "
                "sin sak. Da sitter planavdelingen og utbyggerne rundt samme bord.",
                "arealplanlegger i Melhus kommune",
            ),
        ],
        "At planavdelingen og helse og velferd skrev kapitlet sammen.",
        [
            "Vi ville satt av penger til kjøp i budsjettet samtidig. Det første året manglet pengene da "
            "muligheten kom.",
            "Vi skulle ha snakket med utbyggerne tidligere. Noen oppfattet bestemmelsen som et pålegg.",
        ],
        ("Arne Lien", "arealplanlegger", ""),
        related=["boligsosial-handlingsplan-som-blir-brukt"],
    ),
    Experience(
        "trondheim",
        "housing-first-de-forste-20-leietakerne",
        "Housing First i Trondheim: de første 20 leietakerne",
        ["bostedsloshet-og-housing-first", "oppfolging-i-hjemmet"],
        D(2013, 10, 30),
        "Trondheim startet Housing First i 2012 for bostedsløse med rusproblemer og psykiske lidelser. Etter "
        "halvannet år bor 17 av de første 20 deltakerne fortsatt i egen bolig.",
        [
            text(
                "Housing First snur rekkefølgen i tjenestene. I stedet for at folk må bli rusfrie eller "
                "«boklare» før de får en bolig, får de en vanlig leilighet først, og så oppfølging i hjemmet "
                "så lenge de trenger det. Metoden kommer fra New York, og Trondheim var blant de første "
                "norske kommunene som prøvde den.",
                "Deltakerne har vært bostedsløse lenge og har gått ut og inn av hospits, institusjoner og "
                "fengsel. Mange hadde fått beskjed om at de ikke var klare for egen bolig.",
            ),
            key_figures(
                "Etter 18 måneder",
                ("20", "deltakere fikk egen leilighet"),
                ("17", "bor fortsatt i boligen"),
                ("6", "ansatte i oppfølgingsteamet"),
            ),
            text(
                "## Boligene",
                "Boligene er vanlige leiligheter spredt i bydelene, leid av private utleiere eller kjøpt av "
                "kommunen. Vi unngikk å samle mange deltakere i samme oppgang. Deltakerne velger selv blant "
                "boligene vi har, og det er de som står på husleiekontrakten.",
                "## Oppfølgingen",
                "Teamet kan nås hele uka og kommer hjem til deltakerne. Det er deltakeren som bestemmer hva "
                "oppfølgingen skal handle om: Noen trenger hjelp med rus og helse, andre med å betale "
                "regninger eller finne noe å gjøre på dagtid.",
            ),
            quote(
                "Jeg har hatt nøkkel før. Men dette er første gang noen venter på meg når jeg kommer hjem, "
                "i stedet for å vente på at jeg skal mislykkes.",
                "deltaker i Housing First",
            ),
        ],
        [
            "Spredte boliger i vanlige bomiljøer.",
            "At deltakerne selv valgte bolig og selv bestemte hva oppfølgingen skulle handle om.",
        ],
        "Vi skulle ha inngått avtaler med flere private utleiere tidlig. Det var boligene, ikke "
        "oppfølgingen, som ble flaskehalsen.",
        ("Mari Bakken", "teamleder, Housing First", "mari.bakken@example.org"),
        featured=True,
    ),
    Experience(
        "trondheim",
        "faerre-dognovernattinger-pa-hospits",
        "Færre døgnovernattinger på hospits",
        ["bostedsloshet-og-housing-first", "samarbeid-med-nav"],
        D(2015, 6, 3),
        "Trondheim betalte for over 20 000 døgnovernattinger på hospits og campinghytter i 2012. Én felles "
        "tildeling av midlertidig bolig og krav til kvaliteten på botilbudene halverte tallet på to år.",
        [
            text(
                "NAV-kontorene i byen tildelte midlertidig bolig hver for seg, og de fleste "
                "døgnovernattingene var på noen få private hospitser. Kvaliteten varierte, og mange ble "
                "boende i flere måneder. Også barnefamilier bodde på hospits i korte perioder.",
                "Fra 2013 ble tildelingen av midlertidige boliger samlet i én enhet, og kommunen inngikk "
                "avtaler med tilbyderne med krav til standard, bemanning og oppfølging. Samtidig fikk alle "
                "som bodde midlertidig, en plan for overgang til varig bolig.",
            ),
            key_figures(
                "",
                ("20 400", "døgnovernattinger i 2012"),
                ("9 800", "døgnovernattinger i 2014"),
                ("0", "barnefamilier på hospits i 2014"),
            ),
            fact_box(
                "Kvalitetskrav til midlertidige botilbud",
                [
                    "Eget rom med lås, tilgang til kjøkken og bad",
                    "Bemanning kveld og natt",
                    "Skriftlig avtale med kommunen og tilsyn minst to ganger i året",
                    "Ingen barn i botilbud uten egen leilighet",
                ],
            ),
        ],
        "Én enhet som eier listen over alle som bor midlertidig.",
        "Vi la ned ett hospits før vi hadde nok andre boliger. I noen måneder ble det trangt på de andre.",
        ("Knut Ottesen", "enhetsleder, helse- og velferdskontor", ""),
        related=["housing-first-de-forste-20-leietakerne", "mellombels-bustad-ut-av-campinghytta"],
    ),
    Experience(
        "trondheim",
        "bolig-klar-ved-loslatelse",
        "Bolig klar ved løslatelse",
        ["samarbeid-med-nav"],
        D(2016, 3, 14),
        "Sammen med fengselet, kriminalomsorgen og NAV har Trondheim kommune laget en rutine for at ingen "
        "skal løslates uten et sted å bo. Rutinen ble fulgt for 58 innsatte i 2015.",
        [
            text(
                "En stabil bolig er blant det viktigste for å unngå ny kriminalitet. Likevel ble mange "
                "løslatt uten et sted å bo, fordi boligsøknaden ble sendt for sent eller ikke i det hele tatt.",
                "Vi fikk en egen koordinator med kontor i fengselet to dager i uka. Koordinatoren kartlegger "
                "boligsituasjonen ved innsettelse, hjelper med å beholde eller si opp en leiekontrakt, og "
                "søker kommunal bolig eller startlån i god tid før løslatelsen.",
            ),
            quote(
                "Mange mistet boligen de hadde, bare fordi ingen hjalp dem med å betale husleia mens de satt "
                "inne.",
                "koordinator i fengselet",
            ),
            key_figures(
                "2015",
                ("58", "innsatte fulgt opp"),
                ("51", "hadde bolig ved løslatelse"),
                ("2", "dager i uka med kontor i fengselet"),
            ),
        ],
        "Kontoret i fengselet. De innsatte kan møte koordinatoren uten at det må organiseres utgang.",
        "Vi burde hatt med friomsorgen fra starten, for dem som soner med fotlenke eller blir prøveløslatt.",
        ("Randi Moe", "koordinator, bolig ved løslatelse", "randi.moe@example.org"),
    ),
    Experience(
        "stjordal",
        "kartlegging-av-boligbehov-med-brukerne",
        "Kartlegging av boligbehovet – sammen med dem det gjelder",
        ["planlegging-og-forankring"],
        D(2013, 12, 2),
        "Før arbeidet med ny boligsosial handlingsplan intervjuet Stjørdal 41 personer som leide kommunal "
        "bolig eller bodde midlertidig. Svarene endret hvilke boliger kommunen valgte å skaffe.",
        [
            text(
                "Tidligere kartlegginger av boligbehovet ble gjort av saksbehandlerne, ut fra ventelister og "
                "vedtak. Nå ville vi vite hva beboerne selv mente. Med kompetansetilskudd fra Husbanken og "
                "hjelp fra en brukerorganisasjon intervjuet vi 41 personer våren 2013.",
                "Intervjuene ble gjort av to erfaringskonsulenter som selv har vært bostedsløse, sammen med "
                "en ansatt.",
            ),
            quote(
                "Jeg vil ikke bo der alle vet at kommunen har boliger. Jeg vil bo et sted der det står et "
                "vanlig navn på døra.",
                "leietaker, intervjuet våren 2013",
            ),
            text(
                "## Hva vi lærte",
                "Nesten alle ønsket seg en liten bolig for seg selv, ikke et bofellesskap. Mange opplevde at "
                "det var beliggenheten, ikke standarden, som var problemet. Planen som ble vedtatt i 2014, "
                "prioriterer derfor kjøp av enkeltleiligheter spredt i kommunen framfor et nytt samlokalisert "
                "bygg.",
            ),
        ],
        "Erfaringskonsulentene. De fikk svar vi aldri ville fått selv.",
        "Vi skulle ha planlagt hvordan vi ga tilbakemelding til dem vi intervjuet. Mange spurte hva som "
        "skjedde med svarene.",
        ("Ola Stokke", "prosjektleder, boligsosial handlingsplan", "ola.stokke@example.org"),
        related=["boligsosial-handlingsplan-som-blir-brukt"],
    ),
    Experience(
        "stjordal",
        "leie-for-eie-for-barnefamilier",
        "Leie før eie for barnefamilier",
        ["startlan-og-bostotte", "kommunale-utleieboliger"],
        D(2014, 5, 14),
        "Stjørdal kjøper boliger som barnefamilier leier i inntil tre år, med avtale om å kjøpe. Av de "
        "første tolv familiene har ni overtatt boligen med startlån.",
        [
            text(
                "Noen familier kunne ha betjent et startlån, men hadde betalingsanmerkninger eller for kort "
                "botid i kommunen til at vi kunne innvilge lån med en gang. Leie før eie gir dem tid til å "
                "vise at de klarer å betale, i den boligen de skal eie.",
                "Kommunen kjøper boligen, og familien leier den for en husleie som tilsvarer renter og avdrag "
                "på et startlån. Etter inntil tre år kan familien overta boligen for det kommunen betalte.",
            ),
            fact_box(
                "Vilkårene i Stjørdal",
                [
                    "Barnefamilier med varig, men lav inntekt",
                    "Husleie på nivå med renter og avdrag",
                    "Økonomisk rådgivning hver tredje måned",
                    "Overtakelse til kjøpesummen, uten påslag for prisstigning",
                ],
            ),
            key_figures(
                "",
                ("12", "familier har leid med kjøpsavtale"),
                ("9", "har kjøpt boligen med startlån"),
                ("2", "leier fortsatt"),
                ("1", "flyttet til en annen kommune"),
            ),
        ],
        "Husleie på samme nivå som et startlån. Familiene visste hva det ville koste å eie.",
        "Vi ville avtalt tydeligere hvem som har ansvar for vedlikeholdet. Det ble uenighet om hvem som "
        "skulle betale for et nytt bad.",
        ("Gunn Elin Hegre", "rådgiver, boligkontoret", ""),
        related=["fra-leie-til-eie-med-startlan", "startlan-til-barnefamilier-i-et-pressomrade"],
    ),
]
