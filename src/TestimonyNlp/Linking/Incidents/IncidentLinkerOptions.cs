namespace TestimonyNlp.Linking.Incidents;

/// <summary>
/// The thresholds and weights of <see cref="IncidentLinker"/>. Claims of one testimony first join into accounts
/// (pairs scoring at least <see cref="AccountThreshold"/>); accounts of different testimonies then join into
/// incidents (pairs scoring at least <see cref="LinkThreshold"/>). A score is the sum of the weights of the
/// evidence a pair shares; the weights were set on the train split with the pipeline's own claims (whose dates, sites
/// and actors are often wrong) by coordinate search, then checked on dev and with gold claims.
/// </summary>
public sealed record IncidentLinkerOptions
{
    /// <summary>The default values.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="IncidentLinkerOptions.AccountThreshold"/>.</summary>
        public const double AccountThreshold = 4.0;

        /// <summary>The least score that joins accounts of two testimonies (3.5: at 4, groups still averaging 3.5,
        /// train pairwise F1 rose 0.359 to 0.367 with the pipeline's claims and 0.693 to 0.698 with gold ones, but only
        /// by dropping pairs of testimonies of different writer batches; within the batches it fell, 0.422 to 0.418
        /// and 0.823 to 0.807, worse in 12 batches with gold claims and better in 5).</summary>
        public const double LinkThreshold = 3.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.SameDayWeight"/>.</summary>
        public const double SameDayWeight = 2.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.NarrowOverlapWeight"/>.</summary>
        public const double NarrowOverlapWeight = 0.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.NarrowDays"/>.</summary>
        public const int NarrowDays = 7;

        /// <summary>Default <see cref="IncidentLinkerOptions.NearDayWeight"/>.</summary>
        public const double NearDayWeight = 0.0;

        /// <summary>Weight of two accounts whose dates miss each other by a day or so, within the slack
        /// (<see cref="AccountPairFeatures.NearDayUnplaced"/>), when their sites say nothing of where they lie to each
        /// other (no site on a side, or no more than one country in common): one day apart and nowhere near is as often
        /// two events of the same weapon as one told a day off. Set out of fold on the pipeline's claims (right / false
        /// pairs, was 0: 139 / 66): -0.25 and -0.5 139 / 62, -1 137 / 62; gold claims 278 / 58 to 278 / 57; any site
        /// but one or nested -0.5 139 / 62 and gold 277 / 57; every site -0.5 138 / 63 (models/README.md,
        /// "Incident linking").</summary>
        public const double NearDayUnplacedWeight = -0.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.DateSlackDays"/>.</summary>
        public const int DateSlackDays = 1;

        /// <summary>Default <see cref="IncidentLinkerOptions.NamedDateSlackDays"/>.</summary>
        public const int NamedDateSlackDays = 3;

        /// <summary>The least weight of the other evidence (a victim or a rare person named by both, the site, the
        /// weapon, the harm) that lets two accounts whose dates are apart link: a claim's date is often the wrong
        /// one of those its account names. The four together weigh 8.</summary>
        public const double DatesApartOverruleScore = 8.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.DatesApartWeight"/>.</summary>
        public const double DatesApartWeight = -3.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.DatesApartMaxDays"/>.</summary>
        public const int DatesApartMaxDays = 7;

        /// <summary>Two dates count as whole years apart (<see cref="AccountPairFeatures.YearsApartOnly"/>, which the
        /// carried-date, hour-only and overrule rules forgive) when, moved by the years between them, they meet give or
        /// take this many days: a weekday counted in the wrong year lands a few days off the whole years, a day of the
        /// hijri calendar ten to twelve days a year. Set out of fold on the pipeline's claims (train's four writer-batch
        /// folds; right / false pairs, was 1 day: 128 / 43): 7 129 / 43, 12 130 / 43; gold claims unchanged (264 / 54)
        /// (models/README.md, "Incident linking").</summary>
        public const int YearsApartSlackDays = 12;

        /// <summary>The least weight of the other evidence that lets two accounts link whose dates agree on the day
        /// and month but not the year, when one's year was not told (<see cref="LinkClaim.YearDefaulted"/>) and they
        /// share the town, a target or a victim. Off (positive infinity): on the train split with the pipeline's
        /// claims the accounts of one event told with a defaulted year share too little else (at 5.0 the pairs it
        /// joined were all of different events, pairwise F1 0.358 to 0.352; from 7.5 it joins nothing the
        /// <see cref="DatesApartOverruleScore"/> rule does not).</summary>
        public const double DefaultedYearOverruleScore = double.PositiveInfinity;

        /// <summary>Default <see cref="IncidentLinkerOptions.DefaultedYearWeight"/>.</summary>
        public const double DefaultedYearWeight = -1.0;

        /// <summary>Dates at most this many days wide can agree on the day and month once a defaulted year is
        /// freed; a wider range (a season, a year) overlaps too much of every year.</summary>
        public const int DefaultedYearMaxDays = 31;

        /// <summary>Whether an undated claim with a year-less day or month (<see cref="LinkClaim.Yearless"/>) is scored
        /// as dated in the year of an account of another testimony on the same day of the year
        /// (<see cref="BorrowYear"/>), when a place few testimonies name is named around both. Out of fold on the
        /// pipeline's claims: 112 right pairs and 51 false to 117 and 51 (F1 0.478 to 0.494); gold claims (none
        /// year-less) unchanged; train in sample 102 / 114 to 105 / 115, dev unchanged (models/README.md, "Claim
        /// dates").</summary>
        public const bool BorrowYear = true;

        /// <summary>The least weight of the other evidence that lets two accounts link whose dates are apart only
        /// through a date carried from around a claim (<see cref="LinkClaim.DateCarried"/>: no date in its evidence,
        /// the date of the event being told before it): a carried date is often another event's. Set out of fold on
        /// the pipeline's claims (train's four writer-batch folds, models trained without the fold): with
        /// <see cref="CarriedDateMaxDays"/> 30, pairwise F1 0.390 to 0.398 (2 more correct pairs, no wrong one), gold
        /// claims unchanged (none is carried); train 0.360 to 0.365, dev unchanged; 5 joined 3 more wrong pairs and
        /// no right one, 6.5 fewer right ones.</summary>
        public const double CarriedDateOverruleScore = 6.0;

        /// <summary>Weight of dates apart only through carried dates, when the other evidence overrules them
        /// (negative; -2 the same out of fold, -0.5 worse).</summary>
        public const double CarriedDateWeight = -1.0;

        /// <summary>Carried dates at most this many days apart can be overruled; carried dates only whole years apart
        /// can be at any gap (<see cref="AccountPairFeatures"/>). First set to 30 (14 the same out of fold; 60 joined a
        /// wrong pair more; unlimited, 6 more); set again out of fold on the pipeline's claims with whole years
        /// forgiven (right / false pairs): 30 and 60 110 / 51, 90 112 / 51, 180 113 / 51, 365 113 / 52, unlimited
        /// 112 / 54; with gold sentences 30 122 / 52, 90 and 180 124 / 52; in sample, train 101 / 115 to 102 / 115
        /// (180: 103 / 115, but it joins the crafted store tests' events at one market a few months apart).</summary>
        public const int CarriedDateMaxDays = 90;

        /// <summary>Dates naming only an hour or the day told before on both sides (<see cref="LinkClaim.DateHourOnly"/>)
        /// at most this many days apart (or only whole years apart) do not keep two accounts at one town apart when
        /// their weapons are not held apart; they weigh <see cref="CarriedDateWeight"/>. Set out of fold on the pipeline's claims (train's four
        /// writer-batch folds; right / false pairs, base 126 / 44): 7 (as <see cref="DatesApartMaxDays"/>) and 3 127 / 44;
        /// 14 127 / 46; any gap 126 / 48; any gap with only one side naming only an hour 126 / 58; any gap at one site with one
        /// weapon 125 / 47; gold claims unchanged (models/README.md, "Incident linking").</summary>
        public const int HourDatesMaxDays = 7;

        /// <summary>The least mean score of the pairs of accounts of different testimonies that two groups of
        /// accounts joining would hold: the link threshold, so that an incident grows by what its accounts share on
        /// average and not along a chain of weak links (on the train split with the pipeline's claims pairwise
        /// precision 0.355 to 0.397 at the same recall, 0.356 to 0.361; unlimited, negative infinity, it was the
        /// single link).</summary>
        public const double MergeMeanScore = 3.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.UndatedWeight"/>.</summary>
        public const double UndatedWeight = -1.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.SameSiteWeight"/>.</summary>
        public const double SameSiteWeight = 2.0;

        /// <summary>Weight of the same site when the most precise site two accounts share is a whole town (no street,
        /// neighbourhood or building): many events of one day or week happen in one town. On the train split 1.5
        /// rather than 2 took pairwise F1 with gold claims 0.693 to 0.707 (better in 5 writer batches, worse in 1)
        /// and with the pipeline's 0.359 to 0.360; 1 gained little with gold claims and lost with the pipeline's (0.709 and 0.354); dev unchanged.</summary>
        public const double WholeTownWeight = 1.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.NestedSiteWeight"/>.</summary>
        public const double NestedSiteWeight = 1.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.WeakNestedSiteWeight"/>.</summary>
        public const double WeakNestedSiteWeight = 0.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.SameTownWeight"/>.</summary>
        public const double SameTownWeight = 0.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.NeighbourSiteWeight"/>.</summary>
        public const double NeighbourSiteWeight = -2.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.SameRegionWeight"/>.</summary>
        public const double SameRegionWeight = -0.5;

        /// <summary>Weight of the same site when the most precise site two accounts share is a governorate or a
        /// country (no town): it says nothing of where in it the event happened, and every account of the governorate's
        /// block shares it, so it weighs as one site inside the other with a governorate outside
        /// (<see cref="WeakNestedSiteWeight"/>), not more than one whole town (<see cref="WholeTownWeight"/>). Out of fold
        /// 0.5 rather than the 2 of one site took the pipeline's linking from 128 right and 44 false pairs to 128 and 42
        /// (two takings or burnings of one month in one governorate, told by witnesses who named no town), the same at 0;
        /// gold claims unchanged.</summary>
        public const double WideSameSiteWeight = 0.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.DistantSiteWeight"/>.</summary>
        public const double DistantSiteWeight = 0.0;

        /// <summary>Weight of two accounts whose sites share no town and lie far apart, no rare place named around
        /// both (<see cref="AccountPairFeatures.FarSites"/>). Out of fold -1.5 took the pipeline's linking from 0.440
        /// (104 / 63) to 0.446 (105 / 60) and gold claims' from 0.790 (256 / 86) to 0.796 (256 / 81); -1 and -2 gave
        /// the same within a pair; without the exemption for a place named around both, -1 over 300 km cost the
        /// pipeline 7 right pairs (0.417).</summary>
        public const double FarSiteWeight = -1.5;

        /// <summary>The distance in kilometres beyond which two placed sites of different towns are far apart
        /// (<see cref="FarSiteWeight"/>). Out of fold 200 to 300 gave the same; 100 cost the pipeline 4 right pairs:
        /// witnesses of one event often give sites resolved under towns a district apart.</summary>
        public const double FarSiteKm = 250.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.SameWeaponWeight"/>.</summary>
        public const double SameWeaponWeight = 2.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.ConfusedWeaponWeight"/>.</summary>
        public const double ConfusedWeaponWeight = 0.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.SameActorWeight"/>.</summary>
        public const double SameActorWeight = 0.5;

        /// <summary>Weight of two different actors (negative). Light, because witnesses blame different sides for one
        /// strike (the incident is then CONTESTED on its actor) and the pipeline's claim actor is right only about
        /// three times in five; out of fold, -0.5 linked more true pairs than -2 without more false ones.</summary>
        public const double OtherActorWeight = -0.5;

        /// <summary>Weight of the same actor when either claim's was carried (<see cref="LinkClaim.ActorCarried"/>):
        /// less than a told one, since a side named once, long before, is shared by every event the witness tells.
        /// Set out of fold on the pipeline's claims (train's four writer-batch folds) with the claim builder carrying
        /// an arrest's or a disappearance's actor from anywhere before it: pairwise F1 0.421 (99 right pairs, 65
        /// wrong) with both carried weights equal to the told ones, 0.431 (101 / 62) with 0.25 and
        /// <see cref="CarriedOtherActorWeight"/> 0; 0 gave 0.430 (101 / 63), 0.5 0.426 (101 / 67).</summary>
        public const double CarriedSameActorWeight = 0.25;

        /// <summary>Weight of two different actors when either claim's was carried (<see cref="LinkClaim.ActorCarried"/>):
        /// none, since a carried actor is often another event's (out of fold with <see cref="CarriedSameActorWeight"/>
        /// 0: -0.25 lost two right pairs, 0.425 against 0.430; -0.5 0.425).</summary>
        public const double CarriedOtherActorWeight = 0.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.SameHarmWeight"/>.</summary>
        public const double SameHarmWeight = 1.0;

        /// <summary>Weight of two accounts whose main harms differ but one of which tells only harms the other tells
        /// too, their sites not far apart (<see cref="AccountPairFeatures.HarmsContained"/>,
        /// <see cref="AccountPairFeatures.SitesFarApart"/>): one witness tells a strike's dead, wounded and damage,
        /// another only the damage. Out of fold (train's four writer-batch folds) 0.5 took the pipeline's claims from
        /// 0.523 (126 right pairs / 44 false) to 0.529 (128 / 44) and gold claims' from 0.836 (263 / 54) to 0.838
        /// (264 / 54); in sample on train the pipeline's 0.420 (115 / 113) to 0.428 (118 / 113), gold claims' 0.721
        /// (255 / 132) to 0.722 (257 / 135). Taken back: any harm in common (not one account's all in the other) gave
        /// the same out of fold but 0.426 (118 / 116) and 0.718 (256 / 137) in sample; any harm in common at far sites too
        /// 0.531 (129 / 45), gold claims 0.833 (264 / 58), two strikes of one day hundreds of kilometres apart joined; 1.0
        /// 0.524 (127 / 46), 0.831 (263 / 58); only a killing or an injury in common 0.526 (127 / 44); a harm family in
        /// common in place of a harm (at any distance) 0.522 (129 / 53), 0.824 (262 / 62).</summary>
        public const double ContainedHarmWeight = 0.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.SameTollWeight"/>.</summary>
        public const double SameTollWeight = 0.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.MinSharedToll"/>.</summary>
        public const int MinSharedToll = 2;

        /// <summary>Weight of a victim named by both (3 rather than 4 once groups must average the link threshold:
        /// the pipeline's victim names are often common first names, and train pairwise F1 with its claims went
        /// 0.376 to 0.385, dev 0.364 to 0.381, gold claims unchanged).</summary>
        public const double SharedVictimWeight = 3.0;

        /// <summary>Weight of two accounts told by one witness in two interviews (<see cref="LinkClaim.WitnessKey"/>: a
        /// second interview naming the first, or the same full name): a witness interviewed again tells the same
        /// events again, but the second interview's dates are often counted from its own later interview date. Out of
        /// fold (train's four writer-batch folds) 1 took the pipeline's claims from 137 right pairs and 66 false to 139
        /// and 66 (two pairs apart only through carried dates, now with the 6 of other evidence that forgives them),
        /// gold claims unchanged (278 / 58); 1.5 139 / 68, 2 141 / 70, 3 141 / 71 (gold claims 279 / 62); the same
        /// witness also lifting dates apart 140 / 78 and more (models/README.md, "Incident linking").</summary>
        public const double SameWitnessWeight = 1.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.SameRangeWeight"/>.</summary>
        public const double SameRangeWeight = 3.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.WideSameRangeWeight"/>.</summary>
        public const double WideSameRangeWeight = 1.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.OneUndatedWeight"/>.</summary>
        public const double OneUndatedWeight = 0.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.StrikeDisplacementWeight"/>.</summary>
        public const double StrikeDisplacementWeight = -1.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.DetentionDisplacementWeight"/>.</summary>
        public const double DetentionDisplacementWeight = -5.0;

        /// <summary>Weight of a strike's harm (killed, injured, damage) beside a taking (detained, missing) in one
        /// testimony when either date was carried from around its claim (<see cref="LinkClaim.DateCarried"/>):
        /// the detention told after a strike takes the strike's day without the witness giving it (negative).
        /// Set out of fold on the pipeline's claims (train's four writer-batch folds): pairwise F1 0.412 to 0.416
        /// (7 fewer wrong pairs, 1 fewer right one; -0.5 and -2 the same), gold claims unchanged (none is carried);
        /// train in-sample 0.380 to 0.378 (2 right pairs fewer, 6 wrong ones), dev unchanged. Applied to every
        /// strike beside a taking, carried or not, 0.414 out of fold. Two other rules a reader would use did not
        /// carry out of fold and are left off: claims answering different interviewer questions (-1: 0.412 to 0.389,
        /// -0.5 with this rule 0.392) and such claims at two sites one inside the other (-1 with this rule, 0.412).</summary>
        public const double CarriedStrikeTakingWeight = -1.0;

        /// <summary>Weight of two claims of one testimony naming the same weapon: with the same day (3) and evidence
        /// within <see cref="CloseChars"/> (0.5) it reaches the account threshold, where before the claims of one
        /// strike told a few sentences apart stayed two accounts (out of fold with gold claims, 126 claim pairs of
        /// one gold incident on one day, close and naming one weapon were split, against 24 such pairs of two
        /// incidents). Set out of fold (train's four
        /// writer-batch folds) with <see cref="OtherTargetWeight"/> -0.5: the pipeline's claims pairwise F1 0.429 to
        /// 0.436 (2 right pairs more, none wrong), gold claims unchanged (0.790); alone, 0.431 to 0.436 and gold
        /// claims unchanged (0.776); 1.5 joined wrong claims (0.421, 44 false pairs within one testimony against
        /// 34).</summary>
        public const double SameWeaponInTestimonyWeight = 1.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.OtherWeaponInTestimonyWeight"/>.</summary>
        public const double OtherWeaponInTestimonyWeight = -2.0;

        /// <summary>Weight of two claims of one testimony at two sites one inside the other (a street and its town, a
        /// house and its district) (negative): a witness who names the place of an event again names it the same way,
        /// so a claim put at the town beside one put at a district in it is often another event of that day told next
        /// to it (a second strike with the same weapon a few answers on). Out of fold (train's four writer-batch
        /// folds), of the first stage's joins of two claims of one testimony scoring 4 to 4.5 at nested sites, 19
        /// were right and 7 false with the pipeline's claims (57 and 8 with gold claims). At -0.5 the pipeline's false
        /// pairs within one testimony fell 29 to 25 (wrong pairs 53 to 49, right ones 107 unchanged), gold claims' 22
        /// to 21 (77 to 76, 258 unchanged); -1 gave the same figures.</summary>
        public const double NestedSiteInTestimonyWeight = -0.5;

        /// <summary>Two accounts of one testimony at two sites neither equal nor nested, one of them local, whose
        /// evidence lies at least this many characters apart are two events, and no incident holds both
        /// (<see cref="AccountLinker"/>; before, two accounts of one testimony giving one date could meet in an
        /// incident through an account of another testimony resembling both). Out of fold (train's four
        /// writer-batch folds), gold claims' linking 258 right pairs and 76 false to 255 and 59 (false pairs within
        /// one testimony 21 to 12), the pipeline's unchanged (117 / 51); at 0 (any two such accounts) 244 / 57 and
        /// 115 / 50, at 50 253 / 57 and 118 / 51, at 150 and 200 256 / 61 and 117 / 51: one event's claims told a
        /// sentence or two apart at a street and at the square beside it are the same strike.</summary>
        public const int TwoPlacesInTestimonyChars = 100;

        /// <summary>Default <see cref="IncidentLinkerOptions.ConfusedWeaponInTestimonyWeight"/>.</summary>
        public const double ConfusedWeaponInTestimonyWeight = -1.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.NearWeight"/>.</summary>
        public const double NearWeight = 1.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.CloseWeight"/>.</summary>
        public const double CloseWeight = 0.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.NearChars"/>.</summary>
        public const int NearChars = 300;

        /// <summary>Default <see cref="IncidentLinkerOptions.CloseChars"/>.</summary>
        public const int CloseChars = 1000;

        /// <summary>Default <see cref="IncidentLinkerOptions.MaxBlockDays"/>.</summary>
        public const int MaxBlockDays = 62;

        /// <summary>Default <see cref="IncidentLinkerOptions.MaxNameBlock"/>.</summary>
        public const int MaxNameBlock = 40;

        /// <summary>Default <see cref="IncidentLinkerOptions.SharedPlaceWeight"/>.</summary>
        public const double SharedPlaceWeight = 0.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.EvidencePlaceWeight"/>: as much as a narrow date or a
        /// nested site. Out of fold 1 gave gold claims 5 right pairs more and 1 false fewer, 0.5 none; 1.5 the same as 1.</summary>
        public const double EvidencePlaceWeight = 1.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.MaxPlaceBlock"/>.</summary>
        public const int MaxPlaceBlock = 3;

        /// <summary>Default <see cref="IncidentLinkerOptions.SharedPersonWeight"/>.</summary>
        public const double SharedPersonWeight = 3.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.MaxPersonBlock"/>.</summary>
        public const int MaxPersonBlock = 3;

        /// <summary>Default <see cref="IncidentLinkerOptions.ContextSameDayWeight"/>.</summary>
        public const double ContextSameDayWeight = 1.0;

        /// <summary>Whether context dates that agree make a date conflict soft. Off: on the train split it joined
        /// more accounts of different events (gold claims' pairwise precision 0.619 to 0.599) than it recovered.</summary>
        public const bool ContextSoftensDateConflict = false;

        /// <summary>Default <see cref="IncidentLinkerOptions.ContextMaxDays"/>.</summary>
        public const int ContextMaxDays = 7;


        /// <summary>Default <see cref="IncidentLinkerOptions.SharedTargetWeight"/>.</summary>
        public const double SharedTargetWeight = 1.5;


        /// <summary>Weight of two accounts naming targets of different kinds only (negative). Light: the targets are
        /// the kinds named in and around a claim's evidence, and two witnesses of one strike name different things
        /// near it (the school where they sheltered, the market the shell fell by). Out of fold (train's four
        /// writer-batch folds) with gold claims -1.5 linked 13 pairs of one incident apart against 3 of two; -0.5
        /// took gold claims' pairwise F1 0.776 to 0.790 (256 right pairs, 86 wrong; was 246 / 82), 0 0.789
        /// (260 / 93), -1 0.776; the pipeline's claims 0.431 to 0.429 (-0.5), 0.431 (0), and with
        /// <see cref="SameWeaponInTestimonyWeight"/> 1 0.436 (-0.5) and 0.438 (0).</summary>
        public const double OtherTargetWeight = -0.5;

        /// <summary>Default <see cref="WideRangesApartByAnyGap"/>.</summary>
        public const bool WideRangesApartByAnyGap = false;

        /// <summary>Default <see cref="OtherHarmFamilyWeight"/>.</summary>
        public const double OtherHarmFamilyWeight = -2.0;

        /// <summary>Default <see cref="CountryDayBlock"/>.</summary>
        public const bool CountryDayBlock = true;

        /// <summary>Default <see cref="CountryDayBlockLocalOnly"/>.</summary>
        public const bool CountryDayBlockLocalOnly = true;

        /// <summary>Default <see cref="FlightWithoutPersonWeight"/>.</summary>
        public const double FlightWithoutPersonWeight = -2.0;

        /// <summary>Weight of two accounts whose dates share no more than a range wider than a week (a month, a year:
        /// <see cref="AccountPairFeatures.CoarseOnly"/>), told in the evidence of a claim of each (not carried), whose
        /// context dates name no day in common and that name no weapon in common (negative). Such a pair links at one
        /// site on the site, the harm and a place named around both (3.5), which is what the detentions,
        /// disappearances and damage one place saw over a month share. Out of fold (train's four writer-batch folds)
        /// -0.5 took gold claims' pairwise F1 from 0.796 (256 right pairs, 81 false) to 0.805 (258 / 77) and the
        /// pipeline's from 0.454 (107 / 58) to 0.455 (107 / 57); with gold sentences 0.480 (117 / 65) to 0.481
        /// (117 / 63); train in sample 0.383 (105 / 130) to 0.383 (105 / 129) and gold claims 0.692 (251 / 160) to
        /// 0.695 (251 / 157), dev unchanged. Carried months too cost the pipeline a right pair (0.453, 106 / 56);
        /// -1 gave 0.801 (256 / 77) with gold claims.</summary>
        public const double CoarseDateNoWeaponWeight = -0.5;

        /// <summary>Default <see cref="IncidentLinkerOptions.LoneAccountMeanScore"/>. Out of fold (train's four folds,
        /// with <see cref="LoneAccountMaxDays"/> 7) 3 took the pipeline's claims from 128 right pairs and 52 false to
        /// 132 and 51, gold claims' unchanged (273 and 50).</summary>
        public const double LoneAccountMeanScore = 3.0;

        /// <summary>Default <see cref="IncidentLinkerOptions.LoneAccountMaxDays"/>. Out of fold 31 (a month) gave 133
        /// right pairs and 52 false with the pipeline's claims and 274 and 50 with gold claims, but in sample on train
        /// gold claims took 5 false pairs more (one month's burning joined to a drone strike of that month).</summary>
        public const int LoneAccountMaxDays = 7;
    }

    /// <summary>The least score that joins two claims of one testimony.</summary>
    public double AccountThreshold { get; init; } = Defaults.AccountThreshold;

    /// <summary>The least score that joins accounts of two testimonies.</summary>
    public double LinkThreshold { get; init; } = Defaults.LinkThreshold;

    /// <summary>Weight of two dates naming the same single day.</summary>
    public double SameDayWeight { get; init; } = Defaults.SameDayWeight;

    /// <summary>Weight of two overlapping dates, the narrower at most NarrowDays days.</summary>
    public double NarrowOverlapWeight { get; init; } = Defaults.NarrowOverlapWeight;

    /// <summary>The widest range, in days, that counts as narrow.</summary>
    public int NarrowDays { get; init; } = Defaults.NarrowDays;

    /// <summary>Weight of dates that miss each other by at most DateSlackDays (zero: the pipeline's dates are often a day off).</summary>
    public double NearDayWeight { get; init; } = Defaults.NearDayWeight;

    /// <summary>Weight of dates a day or so apart within the slack at sites with no site on a side or no more than
    /// one country in common (<see cref="AccountPairFeatures.NearDayUnplaced"/>; negative).</summary>
    public double NearDayUnplacedWeight { get; init; } = Defaults.NearDayUnplacedWeight;

    /// <summary>Dates of two testimonies this many days apart may still be one incident (witnesses misremember a day, an attack runs past midnight).</summary>
    public int DateSlackDays { get; init; } = Defaults.DateSlackDays;

    /// <summary>Dates this many days apart may still be one incident when the accounts name a victim in common.</summary>
    public int NamedDateSlackDays { get; init; } = Defaults.NamedDateSlackDays;

    /// <summary>The least weight of the other evidence (a victim or a rare person named by both, the site, the
    /// weapon, the harm) that lets two accounts whose dates are apart link; <see cref="double.PositiveInfinity"/>
    /// never lets them.</summary>
    public double DatesApartOverruleScore { get; init; } = Defaults.DatesApartOverruleScore;

    /// <summary>Weight of dates apart when the other evidence overrules them (negative).</summary>
    public double DatesApartWeight { get; init; } = Defaults.DatesApartWeight;

    /// <summary>Dates apart by at most this many days (or by whole years) can be overruled; further apart they are
    /// two events.</summary>
    public int DatesApartMaxDays { get; init; } = Defaults.DatesApartMaxDays;

    /// <summary>Two dates count as whole years apart when, moved by the years between them, they overlap give or take
    /// this many days.</summary>
    public int YearsApartSlackDays { get; init; } = Defaults.YearsApartSlackDays;

    /// <summary>The least weight of the other evidence that lets two accounts link whose dates agree on the day and
    /// month but not the year, when one's year was not told and they share the town, a target or a victim;
    /// <see cref="double.PositiveInfinity"/> never lets them.</summary>
    public double DefaultedYearOverruleScore { get; init; } = Defaults.DefaultedYearOverruleScore;

    /// <summary>Weight of dates apart only by a year the witness did not tell, when the other evidence overrules
    /// them.</summary>
    public double DefaultedYearWeight { get; init; } = Defaults.DefaultedYearWeight;

    /// <summary>Dates at most this many days wide can agree on the day and month once a defaulted year is freed.</summary>
    public int DefaultedYearMaxDays { get; init; } = Defaults.DefaultedYearMaxDays;

    /// <summary>Whether an undated claim whose words tell a day or month but no year (<see cref="LinkClaim.Yearless"/>),
    /// at most <see cref="DefaultedYearMaxDays"/> wide, is compared with a claim of another testimony dated by its own
    /// testimony (at most as wide), with a place few testimonies name around both (<see cref="MaxPlaceBlock"/>) and
    /// sites not in two different towns, on the same day of the year give or take <see cref="DateSlackDays"/>, as if it
    /// were dated on that day in that year. A year is lent only by a claim's own date, never by a year-less claim that took one.</summary>
    public bool BorrowYear { get; init; } = Defaults.BorrowYear;

    /// <summary>The least weight of the other evidence that lets two accounts link whose dates are apart only through
    /// dates carried from around a claim (<see cref="LinkClaim.DateCarried"/>); <see cref="double.PositiveInfinity"/>
    /// never lets them.</summary>
    public double CarriedDateOverruleScore { get; init; } = Defaults.CarriedDateOverruleScore;

    /// <summary>Weight of dates apart only through carried dates, when the other evidence overrules them (negative).</summary>
    public double CarriedDateWeight { get; init; } = Defaults.CarriedDateWeight;

    /// <summary>Carried dates at most this many days apart can be overruled.</summary>
    public int CarriedDateMaxDays { get; init; } = Defaults.CarriedDateMaxDays;

    /// <summary>Dates naming only an hour on both sides at most this many days apart are no hard conflict at one town.</summary>
    public int HourDatesMaxDays { get; init; } = Defaults.HourDatesMaxDays;

    /// <summary>The least mean score of the pairs of accounts of different testimonies that two groups of accounts
    /// joining would hold.</summary>
    public double MergeMeanScore { get; init; } = Defaults.MergeMeanScore;

    /// <summary>Weight of an account without any date (negative: an undated account links weakly).</summary>
    public double UndatedWeight { get; init; } = Defaults.UndatedWeight;

    /// <summary>Weight of the same site.</summary>
    public double SameSiteWeight { get; init; } = Defaults.SameSiteWeight;

    /// <summary>Weight of the same site when the most precise site two accounts share is a whole town (no street,
    /// neighbourhood or building).</summary>
    public double WholeTownWeight { get; init; } = Defaults.WholeTownWeight;

    /// <summary>Weight of one site inside the other, the outer one a town or more precise.</summary>
    public double NestedSiteWeight { get; init; } = Defaults.NestedSiteWeight;

    /// <summary>Weight of one site inside the other, the outer one a governorate or a country.</summary>
    public double WeakNestedSiteWeight { get; init; } = Defaults.WeakNestedSiteWeight;

    /// <summary>Weight of two sites in one town under different parents (a local name resolved twice).</summary>
    public double SameTownWeight { get; init; } = Defaults.SameTownWeight;

    /// <summary>Weight of two neighbouring local sites: one parent, two sites (negative).</summary>
    public double NeighbourSiteWeight { get; init; } = Defaults.NeighbourSiteWeight;

    /// <summary>Weight of local sites in one governorate under different towns.</summary>
    public double SameRegionWeight { get; init; } = Defaults.SameRegionWeight;

    /// <summary>Weight of the same site when the most precise site two accounts share is a governorate or a country
    /// (no town).</summary>
    public double WideSameSiteWeight { get; init; } = Defaults.WideSameSiteWeight;

    /// <summary>Weight of two sites that share no more than their country (zero: a site resolved in the wrong governorate says little).</summary>
    public double DistantSiteWeight { get; init; } = Defaults.DistantSiteWeight;

    /// <summary>Weight of two accounts whose sites share no town and lie more than <see cref="FarSiteKm"/> apart.</summary>
    public double FarSiteWeight { get; init; } = Defaults.FarSiteWeight;

    /// <summary>The distance in kilometres beyond which two placed sites of different towns are far apart.</summary>
    public double FarSiteKm { get; init; } = Defaults.FarSiteKm;

    /// <summary>Weight of the same weapon category.</summary>
    public double SameWeaponWeight { get; init; } = Defaults.SameWeaponWeight;

    /// <summary>Weight of two weapon categories witnesses confuse.</summary>
    public double ConfusedWeaponWeight { get; init; } = Defaults.ConfusedWeaponWeight;

    /// <summary>Weight of the same actor.</summary>
    public double SameActorWeight { get; init; } = Defaults.SameActorWeight;

    /// <summary>Weight of two different actors (negative).</summary>
    public double OtherActorWeight { get; init; } = Defaults.OtherActorWeight;

    /// <summary>Weight of the same actor when either claim's was carried.</summary>
    public double CarriedSameActorWeight { get; init; } = Defaults.CarriedSameActorWeight;

    /// <summary>Weight of two different actors when either claim's was carried (negative or zero).</summary>
    public double CarriedOtherActorWeight { get; init; } = Defaults.CarriedOtherActorWeight;

    /// <summary>Weight of the same main harm (killed, else injured, else the first in enum order).</summary>
    public double SameHarmWeight { get; init; } = Defaults.SameHarmWeight;

    /// <summary>Weight of two accounts whose main harms differ but one of which tells only harms the other tells too,
    /// their sites not far apart.</summary>
    public double ContainedHarmWeight { get; init; } = Defaults.ContainedHarmWeight;

    /// <summary>Weight of the same toll (least and greatest) of one harm, at least MinSharedToll.</summary>
    public double SameTollWeight { get; init; } = Defaults.SameTollWeight;

    /// <summary>The least toll whose agreement counts (one victim is too common to tell events apart).</summary>
    public int MinSharedToll { get; init; } = Defaults.MinSharedToll;

    /// <summary>Weight of a victim named by both.</summary>
    public double SharedVictimWeight { get; init; } = Defaults.SharedVictimWeight;

    /// <summary>Weight of two accounts told by one witness in two interviews (the same <see cref="LinkClaim.WitnessKey"/>).</summary>
    public double SameWitnessWeight { get; init; } = Defaults.SameWitnessWeight;

    /// <summary>Weight of two claims of one testimony giving the same date range.</summary>
    public double SameRangeWeight { get; init; } = Defaults.SameRangeWeight;

    /// <summary>Weight of two claims of one testimony giving the same date range wider than NarrowDays (a month, a year: many events share it).</summary>
    public double WideSameRangeWeight { get; init; } = Defaults.WideSameRangeWeight;

    /// <summary>Weight of two claims of one testimony, one dated and one not.</summary>
    public double OneUndatedWeight { get; init; } = Defaults.OneUndatedWeight;

    /// <summary>Weight of a strike's harm (killed, injured, damage) beside displacement in one testimony.</summary>
    public double StrikeDisplacementWeight { get; init; } = Defaults.StrikeDisplacementWeight;

    /// <summary>Weight of detention or disappearance beside displacement in one testimony.</summary>
    public double DetentionDisplacementWeight { get; init; } = Defaults.DetentionDisplacementWeight;

    /// <summary>Weight of a strike's harm beside a taking in one testimony when either date was carried
    /// (negative).</summary>
    public double CarriedStrikeTakingWeight { get; init; } = Defaults.CarriedStrikeTakingWeight;

    /// <summary>Weight of two claims of one testimony naming the same weapon.</summary>
    public double SameWeaponInTestimonyWeight { get; init; } = Defaults.SameWeaponInTestimonyWeight;

    /// <summary>Weight of two claims of one testimony naming different weapons that witnesses do not confuse (negative).</summary>
    public double OtherWeaponInTestimonyWeight { get; init; } = Defaults.OtherWeaponInTestimonyWeight;

    /// <summary>Weight of two claims of one testimony at two sites one inside the other (negative).</summary>
    public double NestedSiteInTestimonyWeight { get; init; } = Defaults.NestedSiteInTestimonyWeight;

    /// <summary>Two accounts of one testimony at two sites of one country neither equal nor nested, one of them
    /// local, whose evidence lies at least this many characters apart never share an incident;
    /// <see cref="int.MaxValue"/> lets them whenever they give one date.</summary>
    public int TwoPlacesInTestimonyChars { get; init; } = Defaults.TwoPlacesInTestimonyChars;

    /// <summary>Weight of two claims of one testimony naming different weapons that witnesses confuse (negative).</summary>
    public double ConfusedWeaponInTestimonyWeight { get; init; } = Defaults.ConfusedWeaponInTestimonyWeight;

    /// <summary>Weight of two claims of one testimony whose evidence lies within NearChars.</summary>
    public double NearWeight { get; init; } = Defaults.NearWeight;

    /// <summary>Weight of two claims of one testimony whose evidence lies within CloseChars.</summary>
    public double CloseWeight { get; init; } = Defaults.CloseWeight;

    /// <summary>The gap, in characters, under which two claims of one testimony are near.</summary>
    public int NearChars { get; init; } = Defaults.NearChars;

    /// <summary>The gap, in characters, under which two claims of one testimony are close.</summary>
    public int CloseChars { get; init; } = Defaults.CloseChars;

    /// <summary>Date ranges wider than this many days are blocked by town, not by time.</summary>
    public int MaxBlockDays { get; init; } = Defaults.MaxBlockDays;

    /// <summary>A victim name shared by more claims than this is too common to block on.</summary>
    public int MaxNameBlock { get; init; } = Defaults.MaxNameBlock;

    /// <summary>Weight of a context place both accounts name that few testimonies name.</summary>
    public double SharedPlaceWeight { get; init; } = Defaults.SharedPlaceWeight;

    /// <summary>Weight of a place named within the evidence of a claim of each account, when their sites share no town
    /// and the accounts tell one harm on one day (<see cref="AccountPairFeatures.EvidencePlaceCounts"/>).</summary>
    public double EvidencePlaceWeight { get; init; } = Defaults.EvidencePlaceWeight;

    /// <summary>Context places named by more testimonies than this neither block nor weigh.</summary>
    public int MaxPlaceBlock { get; init; } = Defaults.MaxPlaceBlock;

    /// <summary>Weight of a person named in the evidence of both accounts whom few testimonies name (a named victim of both weighs SharedVictimWeight instead).</summary>
    public double SharedPersonWeight { get; init; } = Defaults.SharedPersonWeight;

    /// <summary>Context people named by more testimonies than this neither block nor weigh.</summary>
    public int MaxPersonBlock { get; init; } = Defaults.MaxPersonBlock;

    /// <summary>Weight of a single day both accounts' context dates name when their claims' dates are not that one
    /// day.</summary>
    public double ContextSameDayWeight { get; init; } = Defaults.ContextSameDayWeight;

    /// <summary>Whether context dates that agree (two at most <see cref="ContextMaxDays"/> wide, at most
    /// <see cref="DateSlackDays"/> apart) make a date conflict between two accounts soft; claims whose context dates
    /// name one day are then also compared.</summary>
    public bool ContextSoftensDateConflict { get; init; } = Defaults.ContextSoftensDateConflict;

    /// <summary>Context dates at most this many days wide can agree when they soften a date conflict.</summary>
    public int ContextMaxDays { get; init; } = Defaults.ContextMaxDays;


    /// <summary>Weight of one kind of target (<see cref="TargetKinds"/>) named by both accounts; nothing when the
    /// accounts share no more than a month or a year. In one town it also lets an undated account link to a site
    /// of that town other than its own.</summary>
    public double SharedTargetWeight { get; init; } = Defaults.SharedTargetWeight;


    /// <summary>Weight of two accounts naming targets of different kinds only (negative).</summary>
    public double OtherTargetWeight { get; init; } = Defaults.OtherTargetWeight;


    /// <summary>Whether two ranges wider than <see cref="NarrowDays"/> that do not overlap (April and May, 2015 and
    /// 2016) are apart whatever the gap: the slack of <see cref="DateSlackDays"/> is for a day told one off, and two
    /// months or years a witness names are two periods.</summary>
    public bool WideRangesApartByAnyGap { get; init; } = Defaults.WideRangesApartByAnyGap;

    /// <summary>Weight of two accounts of different testimonies whose harms share no family (a strike's killed,
    /// injured and damage; a taking's detained and missing; displacement).</summary>
    public double OtherHarmFamilyWeight { get; init; } = Defaults.OtherHarmFamilyWeight;

    /// <summary>Weight of two accounts that tell only displacement and name no victim or rare person in common: many
    /// families flee one town on one day, and each family's flight is its own event.</summary>
    public double FlightWithoutPersonWeight { get; init; } = Defaults.FlightWithoutPersonWeight;

    /// <summary>Whether claims dated to one single day are also compared with the claims of their country within
    /// <see cref="DateSlackDays"/> of that day, not only with those of their governorate: a local site the
    /// pipeline placed under the wrong governorate then still meets the other accounts of its day.</summary>
    public bool CountryDayBlock { get; init; } = Defaults.CountryDayBlock;

    /// <summary>Whether the block of one day in one country (<see cref="CountryDayBlock"/>) compares only pairs
    /// of which one claim has a local site (a street, neighbourhood or building): two towns of different
    /// governorates are two places.</summary>
    public bool CountryDayBlockLocalOnly { get; init; } = Defaults.CountryDayBlockLocalOnly;

    /// <summary>Weight of two accounts whose dates share no more than a range wider than a week, told in the evidence
    /// of a claim of each, whose context dates name no day in common and that name no weapon in common (negative or
    /// zero).</summary>
    public double CoarseDateNoWeaponWeight { get; init; } = Defaults.CoarseDateNoWeaponWeight;

    /// <summary>The least mean score, over the accounts of other testimonies in an incident, at which an account
    /// left alone by the second stage joins the incident that holds another account of its testimony told as one
    /// event with it (<see cref="AccountLinker"/>); <see cref="double.PositiveInfinity"/> turns it off.</summary>
    public double LoneAccountMeanScore { get; init; } = Defaults.LoneAccountMeanScore;

    /// <summary>The widest date range, in days, a claim of an account left alone may have and still join the
    /// incident of another account of its testimony (<see cref="LoneAccountMeanScore"/>): a month or a year in common says
    /// nothing of one event.</summary>
    public int LoneAccountMaxDays { get; init; } = Defaults.LoneAccountMaxDays;
}
