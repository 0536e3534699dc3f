using TestimonyNlp.Claims.Counts;
using static TestimonyNlp.Tests.Claims.Counts.CountTestHelper;

namespace TestimonyNlp.Tests.Claims.Counts;

public sealed class VictimCountReaderTests
{
    [Theory]
    [InlineData("Seven people were killed in the market.", "0:Seven people 7/7 People")]
    [InlineData("They brought 12 wounded to the clinic.", "13:12 wounded 12/12 People")]
    [InlineData("We buried 1,200 people that winter.", "10:1,200 people 1200/1200 People")]
    [InlineData("Twenty-two people died in Idlib.", "0:Twenty-two people 22/22 People")]
    [InlineData("Twenty two people died in Idlib.", "0:Twenty two people 22/22 People")]
    [InlineData("A hundred and five people were killed.", "0:A hundred and five people 105/105 People")]
    [InlineData("A dozen wounded.", "0:A dozen wounded 12/12 People")]
    [InlineData("Half a dozen children were hurt.", "0:Half a dozen children 6/6 People")]
    [InlineData("Dozens of civilians died in Raqqa.", "0:Dozens of civilians 24/null People")]
    [InlineData("Hundreds of people fled to Atmeh.", "0:Hundreds of people 200/null People")]
    [InlineData("Thousands of people were on the road.", "0:Thousands of people 2000/null People")]
    [InlineData("Tens of people were under the rubble.", "0:Tens of people 20/null People")]
    [InlineData("Tens of thousands of people left Mosul.", "0:Tens of thousands of people 20000/null People")]
    public void Find_NumberForms_ExactBounds(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("More than thirty people died that night.", "0:More than thirty people 31/null People")]
    [InlineData("Over 30 civilians were killed.", "0:Over 30 civilians 31/null People")]
    [InlineData("More than a hundred people were buried there.", "0:More than a hundred people 101/null People")]
    [InlineData("At least 12 people were injured.", "0:At least 12 people 12/null People")]
    [InlineData("No less than forty people died.", "0:No less than forty people 40/null People")]
    [InlineData("About ten people were wounded.", "0:About ten people 10/10 People")]
    [InlineData("Around 10 people were wounded.", "0:Around 10 people 10/10 People")]
    [InlineData("Nearly ten people were wounded.", "0:Nearly ten people 10/10 People")]
    [InlineData("Between 10 and 15 people were killed.", "0:Between 10 and 15 people 10/15 People")]
    [InlineData("10 to 15 people were killed.", "0:10 to 15 people 10/15 People")]
    [InlineData("Ten or eleven people were killed.", "0:Ten or eleven people 10/11 People")]
    [InlineData("10-15 people were killed.", "0:10-15 people 10/15 People")]
    [InlineData("10–15 people were killed.", "0:10–15 people 10/15 People")]
    [InlineData("Forty, fifty people died in the corridor.", "0:Forty, fifty people 40/50 People")]
    [InlineData("Maybe two hundred families, maybe more, came down.", "0:Maybe two hundred families, maybe more 200/null Families")]
    [InlineData("Ten or more people were taken.", "0:Ten or more people 10/null People")]
    [InlineData("Up to ten people were taken.", "0:Up to ten people null/10 People")]
    [InlineData("People said four hundred died, some said more.", "12:four hundred 400/null People")]
    [InlineData("Four hundred died, some said more than five hundred.", "0:Four hundred 400/400 People | 29:more than five hundred 501/null People")]
    [InlineData("Four or five died there, people say more, we do not know.", "0:Four or five 4/5 People")]
    [InlineData("Four died there, people say more, we do not know.", "0:Four 4/null People")]
    public void Find_ModifiersAndRanges_ExactBounds(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("They killed 22 from one family.", "12:22 from one family 22/22 People")]
    [InlineData("They killed five from my uncle's family.", "12:five from my uncle's family 5/5 People")]
    [InlineData("They took the men, between 10 and 15 from my wife's family alone.", "19:between 10 and 15 from my wife's family 10/15 People")]
    [InlineData("All six of them were killed.", "0:All six of them 6/6 People")]
    [InlineData("We left on Friday, all nine of us.", "19:all nine of us 9/9 People")]
    [InlineData("My three cousins were killed.", "0:My three cousins 3/3 People")]
    [InlineData("Both of them were injured.", "0:Both of them 2/2 People")]
    [InlineData("The two were taken to Sednaya.", "0:The two 2/2 People")]
    [InlineData("A couple of people were hurt.", "0:A couple of people 2/2 People")]
    [InlineData("An old couple died in the fire.", "0:An old couple 2/2 People")]
    [InlineData("Seven died.", "0:Seven 7/7 People")]
    [InlineData("Two of them were badly hurt.", "0:Two of them 2/2 People")]
    [InlineData("They killed twelve and took the rest.", "12:twelve 12/12 People")]
    [InlineData("Seven.", "0:Seven 7/7 People")]
    [InlineData("One was killed.", "0:One 1/1 People")]
    [InlineData("One man died on the spot.", "0:One man 1/1 People")]
    [InlineData("A man was killed near the bakery.", "0:A man 1/1 People")]
    [InlineData("A boy was hit by the shrapnel.", "0:A boy 1/1 People")]
    [InlineData("Sabah is a woman's name.", "")]
    [InlineData("A crowd gathered at the bakery.", "")]
    [InlineData("Four of my cousins died.", "0:Four of my cousins 4/4 People")]
    [InlineData("Two other young men were arrested.", "0:Two other young men 2/2 People")]
    [InlineData("Three herders died near the well.", "0:Three herders 3/3 People")]
    [InlineData("Two mechanics were killed.", "0:Two mechanics 2/2 People")]
    [InlineData("Two Peshmerga were killed.", "0:Two Peshmerga 2/2 People")]
    [InlineData("Four sellers died in the market.", "0:Four sellers 4/4 People")]
    public void Find_PeopleCues_ExactBounds(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("No one was hurt.", "0:No one 0/0 People")]
    [InlineData("Nobody died, thank God.", "0:Nobody 0/0 People")]
    [InlineData("None of us were injured.", "0:None of us 0/0 People")]
    public void Find_NobodyHarmed_Zero(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("No one came to help us.")]
    [InlineData("Nobody knows who fired.")]
    public void Find_NobodyWithoutHarm_Nothing(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("My father, my mother and my brother were killed.", "0:My father, my mother and my brother 3/3 People")]
    [InlineData("My father, my mother and others were killed.", "0:My father, my mother and others 2/null People")]
    [InlineData("My uncle, his son Bertil and the other men were shot.", "0:My uncle, his son Bertil and the other men 2/null People")]
    [InlineData("We came, me, Nadiya and our son.", "9:me, Nadiya and our son 3/3 People")]
    [InlineData("We came, me, my wife, Oskar and his brother.", "9:me, my wife, Oskar and his brother 4/4 People")]
    [InlineData("We came, me, my wife, Oskar.", "9:me, my wife, Oskar 3/3 People")]
    [InlineData("We came, me, my son and his wife, Edda.", "9:me, my son and his wife, Edda 3/3 People")]
    [InlineData("He took my wife and my two daughters.", "8:my wife and my two daughters 3/3 People")]
    [InlineData("They shot my brother.", "10:my brother 1/1 People")]
    [InlineData("My brother and I were injured.", "0:My brother and I 2/2 People")]
    [InlineData("They shot a man and a boy, and I ran.", "10:a man and a boy 2/2 People")]
    [InlineData("Next to me, Karim was lying.", "")]
    [InlineData("Two men, brothers, Tariq and Omar Haddad, were killed.", "0:Two men, brothers, Tariq and Omar Haddad 2/2 People")]
    [InlineData("Two brothers, Kyaw Kyaw and Min Min, died.", "0:Two brothers, Kyaw Kyaw and Min Min 2/2 People")]
    [InlineData("They took eleven boys, my sister's son Mahad also.", "10:eleven boys, my sister's son Mahad 11/11 People")]
    [InlineData("They took eleven boys, and my sister's son Mahad also.", "10:eleven boys, and my sister's son Mahad 12/12 People")]
    [InlineData("Our neighbour, Uncle Osman, died.", "0:Our neighbour, Uncle Osman 1/1 People")]
    [InlineData("His son, my cousin Rahmatullah, was killed.", "0:His son, my cousin Rahmatullah 1/1 People")]
    [InlineData("His wife, my son Ali, and my daughter died.", "0:His wife, my son Ali, and my daughter 3/3 People")]
    [InlineData("The father, the mother and the small girl died in their car.", "0:The father, the mother and the small girl 3/3 People")]
    [InlineData("The mother, the wife of Ali, and her son died.", "0:The mother, the wife of Ali, and her son 2/2 People")]
    [InlineData("Two children, Yasmin and her brother Arafat, died.", "0:Two children, Yasmin and her brother Arafat 2/2 People")]
    [InlineData("His two sons, Tariq and Omar, and three grandchildren died.", "0:His two sons, Tariq and Omar, and three grandchildren 5/5 People")]
    [InlineData("We left, my wife, my four children, my mother, me.", "9:my wife, my four children, my mother, me 7/7 People")]
    [InlineData("We left, ten people, my parents, my wife.", "9:ten people, my parents, my wife 10/10 People")]
    [InlineData("They said four dead and seventeen wounded.", "10:four dead 4/4 People | 24:seventeen wounded 17/17 People")]
    [InlineData("The baker and his apprentice died.", "0:The baker and his apprentice 2/2 People")]
    public void Find_ListedGroup_SumsItems(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("Six of her family died in Homs.", "0:Six of her family 6/6 People")]
    [InlineData("Nine from the Haddad family died in the shelling.", "0:Nine from the Haddad family 9/9 People")]
    public void Find_PeopleOfOneFamily_CountsPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("Two of the families left for Aleppo.", "0:Two of the families 2/2 Families")]
    [InlineData("Nine from the same street died.", "")]
    public void Find_FamiliesOrPeopleOfAPlace_AreNoPeopleOfOneFamily(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("Two houses were destroyed.", "0:Two houses 2/2 Things")]
    [InlineData("Three rockets fell on the market.", "0:Three rockets 3/3 Things")]
    [InlineData("Eighty trees burned.", "0:Eighty trees 80/80 Things")]
    [InlineData("Forty-three families left in the boats.", "0:Forty-three families 43/43 Families")]
    [InlineData("Many trucks burned, sixty, seventy.", "20:sixty, seventy 60/70 Things")]
    [InlineData("Two of the families left for Aleppo.", "0:Two of the families 2/2 Families")]
    [InlineData("Three of our houses burned.", "0:Three of our houses 3/3 Things")]
    public void Find_ThingsAndFamilies_TargetedApart(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    // ages
    [InlineData("A two-year-old was killed.", "0:A two-year-old 1/1 People")]
    [InlineData("He was seven.", "")]
    [InlineData("He was seven when it happened.", "")]
    [InlineData("Her husband, aged 52, was killed.", "0:Her husband 1/1 People")]
    [InlineData("Aged 52.", "")]
    [InlineData("She was seven years old.", "")]
    // times
    [InlineData("It was two in the morning.", "")]
    [InlineData("It started at 3 and went on.", "")]
    [InlineData("At two o'clock the planes came.", "")]
    [InlineData("They came back at ten at night.", "")]
    // dates
    [InlineData("It was the 12th, I think.", "")]
    [InlineData("That was in 2016.", "")]
    [InlineData("On 12 March they shelled us.", "")]
    [InlineData("On March 12 they shelled us.", "")]
    [InlineData("The 12 of March was a Friday.", "")]
    // durations
    [InlineData("We hid for two weeks.", "")]
    [InlineData("Three days later they returned.", "")]
    [InlineData("After five minutes another strike came.", "")]
    // money, measures, ordinals, phone numbers
    [InlineData("I paid 500 dollars to the driver.", "")]
    [InlineData("I paid $500 to the driver.", "")]
    [InlineData("We walked 12 km to the border.", "")]
    [InlineData("It was the second strike.", "")]
    [InlineData("Call me on 0933 456 789.", "")]
    [InlineData("His number is 963933456789.", "")]
    [InlineData("It was 1.5 km away.", "")]
    public void Find_NotCounts_NoPeopleCount(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("Two houses were destroyed.")]
    [InlineData("Three rockets fell on the market.")]
    [InlineData("Five minutes later it hit again.")]
    public void Find_ThingsOrTime_NoPeopleCount(string text)
    {
        Assert.Equal("", RenderPeople(text));
    }

    [Fact]
    public void Find_TwoCountsInOneSentence_BothInOrder()
    {
        const string text = "Seven were killed and twenty were injured.";

        var found = Find(text);

        Assert.Equal(
            [
                new CountMention(0, 5, 7, 7, CountTarget.People, CountCue.Verb),
                new CountMention(22, 28, 20, 20, CountTarget.People, CountCue.Verb),
            ],
            found);
    }

    [Fact]
    public void Find_SentenceInsideLargerText_OffsetsIntoWholeText()
    {
        const string text = "Q: What happened? A: Three children died.";
        var tokens = Tokenize(text);
        var found = new List<CountMention>();

        new VictimCountReader().Find(text, tokens.AsSpan(7), found);

        var mention = Assert.Single(found);
        Assert.Equal(new CountMention(21, 35, 3, 3, CountTarget.People, CountCue.Noun), mention);
    }

    [Fact]
    public void Find_LongSentence_SameAsShort()
    {
        var padding = string.Concat(Enumerable.Repeat("and then we waited ", 60));
        var text = padding + "seven people died.";

        var mention = Assert.Single(Find(text));

        Assert.Equal(new CountMention(padding.Length, padding.Length + 12, 7, 7, CountTarget.People, CountCue.Noun), mention);
    }

    [Fact]
    public void Find_EmptySentence_Nothing()
    {
        var found = new List<CountMention>();

        new VictimCountReader().Find("", [], found);

        Assert.Empty(found);
    }

    [Fact]
    public void ToVictimCount_OpenEnded_KeepsBounds()
    {
        var mention = new CountMention(0, 5, 31, null, CountTarget.People, CountCue.Noun);

        var count = mention.ToVictimCount();

        Assert.Equal(31, count.Min);
        Assert.Null(count.Max);
        Assert.Empty(count.Named);
    }

    [Theory]
    [InlineData("Many were wounded, fifteen or more, they took them away.", "19:fifteen or more 15/null People")]
    [InlineData("And the wounded, around thirty, many with burns.", "17:around thirty 30/30 People")]
    [InlineData("Many were wounded, I think eight or ten.", "27:eight or ten 8/10 People")]
    [InlineData("Many were wounded, twenty maybe.", "19:twenty 20/20 People")]
    [InlineData("They took many people, about thirty I think, men and some women.", "23:about thirty 30/30 People")]
    [InlineData("Many were killed, about forty I guess, in the market.", "18:about forty 40/40 People")]
    [InlineData("Hadi Jaber, twelve I think, was wounded in the hand.", "")]
    [InlineData("She said many were wounded, dozens.", "28:dozens 24/null People")]
    [InlineData("My son, 14, was hit.", "0:My son 1/1 People")]
    [InlineData("Hussein Darwish, 52, was killed.", "")]
    [InlineData("Hadi Jaber, twelve or thirteen, was wounded in the hand.", "")]
    [InlineData("Hadi Jaber, twelve or thirteen.", "")]
    [InlineData("Some were wounded in Idlib, four or five.", "28:four or five 4/5 People")]
    [InlineData("I heard the shots, four, five.", "")]
    [InlineData("I saw in our street, six or seven, the men of the street.", "21:six or seven 6/7 People")]
    [InlineData("We left with the big crowd, thousands, walking.", "28:thousands 2000/null People")]
    [InlineData("Many trucks burned, sixty, seventy.", "")]
    [InlineData("I saw more than that lying in the mud, twenty, maybe more.", "39:twenty 20/null People")]
    [InlineData("It was more than that, two hours, three.", "")]
    public void Find_CountInApposition_PeopleOnlyAfterPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("The television said twenty-one.", "20:twenty-one 21/21 People")]
    [InlineData("People say more than two hundred in Aksum.", "11:more than two hundred 201/null People")]
    [InlineData("They told us fifty.", "13:fifty 50/50 People")]
    [InlineData("More than twenty, I think.", "0:More than twenty 21/null People")]
    [InlineData("Maybe seven.", "0:Maybe seven 7/7 People")]
    [InlineData("More than seventy, the health directorate said later.", "0:More than seventy 71/null People")]
    [InlineData("Thirty, more.", "0:Thirty, more 30/null People")]
    public void Find_SaidOrAnswered_People(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("It was nine.", "7:nine 9/9 People")]
    [InlineData("It is seven now, because Oleg died in the clinic.", "6:seven 7/7 People")]
    [InlineData("Later we heard it was fourteen, two more died.", "22:fourteen 14/14 People | 32:two 2/2 People")]
    [InlineData("It was two shells from the jets.", "")]
    [InlineData("It is eight, nine kilometres to the base.", "")]
    [InlineData("It was 2015, in the spring.", "")]
    [InlineData("Are you certain it was three?", "")]
    public void Find_TollToldAgainAfterItWas_People(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("A 14-year-old boy was shot.", "0:A 14-year-old boy 1/1 People")]
    [InlineData("Two couples died in the fire.", "0:Two couples 4/4 People")]
    [InlineData("Two more were wounded.", "0:Two 2/2 People")]
    [InlineData("One of my uncle's sons died.", "0:One of my uncle's sons 1/1 People")]
    [InlineData("Both my sons were taken.", "0:Both my sons 2/2 People")]
    [InlineData("The three of them were killed.", "0:The three of them 3/3 People")]
    [InlineData("Between one hundred and one hundred fifty were killed.", "0:Between one hundred and one hundred fifty 100/150 People")]
    [InlineData("Both were firing.", "")]
    [InlineData("She was the one in the area.", "")]
    public void Find_MorePeoplePhrasings_ExactBounds(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Fact]
    public void Find_RandomWordSalad_MentionsOrderedInsideSentenceAndDisjoint()
    {
        string[] words =
        [
            "seven", "people", "my", "brother", "and", "the", "two", ",", "of", "them", "more", "than", "a", "dozen",
            "were", "killed", "at", "least", "12", "1,200", "-", "15", "or", "others", "Karim", "me", "I", "houses",
            "years", "old", "in", "2016", "no", "one", "hurt", "both", "all", "six", "us", "between", "said", ".",
        ];
        var random = new Random(20261129);
        var reader = new VictimCountReader();
        for (var round = 0; round < 500; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 25)).Select(_ => words[random.Next(words.Length)]));
            var tokens = Tokenize(text);
            var found = new List<CountMention>();

            reader.Find(text, tokens, found);

            var previousEnd = 0;
            foreach (var mention in found)
            {
                Assert.True(mention.Start >= previousEnd && mention.End > mention.Start && mention.End <= text.Length, text);
                Assert.True(mention.Min is null || mention.Max is null || mention.Min <= mention.Max, text);
                previousEnd = mention.End;
            }
        }
    }

    [Theory]
    [InlineData("They took my uncle Rashid with five others.", "10:my uncle Rashid 1/1 People | 31:five others 5/5 People")]
    [InlineData("Three others were wounded in the street.", "0:Three others 3/3 People")]
    [InlineData("He died, and two more from the Sabbagh family.", "13:two more 2/2 People")]
    [InlineData("He stayed, and three more were sent away.", "15:three more 3/3 People")]
    public void Find_NumberOfOthers_CountsPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("A shell hit the house and the grandmother and a small boy died.", "26:the grandmother and a small boy 2/2 People")]
    [InlineData("The father and his two sons were taken.", "0:The father and his two sons 3/3 People")]
    public void Find_ListStartingWithTheDefiniteArticle_CountsEveryItem(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("The shell hit the car and he died, and also the driver.", "44:the driver 1/1 People")]
    [InlineData("The driver died at the wheel.", "")]
    public void Find_DefinitePerson_CountsOnlyAsOneMoreOfAList(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("The soldiers shot two Yazidi men at the well.", "18:two Yazidi men 2/2 People")]
    public void Find_PeopleNamedBeforeThePersonNoun_AreAnAdjective(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("The soldiers took him with two other Fulani men.", "27:two other Fulani men 2/2 People")]
    [InlineData("They took him with two other police from our street.", "19:two other police 2/2 People")]
    public void Find_PeopleNamedAfterAnAdjective_CountsPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("We buried seven the next day.", "10:seven 7/7 People")]
    [InlineData("I saw four or five with my eyes.", "6:four or five 4/5 People")]
    [InlineData("The Civil Defence wrote twenty-three on their page.", "24:twenty-three 23/23 People")]
    [InlineData("In April the jets bombed the market, and I heard three.", "49:three 3/3 People")]
    [InlineData("Eleven I carried to the clinic in two trips.", "0:Eleven 11/11 People")]
    [InlineData("I saw two planes over the river.", "")]
    public void Find_BareNumberAfterAVerbOfCounting_CountsPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("On 14 March three people were killed near the bridge.", "12:three people 3/3 People")]
    [InlineData("They found five of them dead by the well.", "11:five of them 5/5 People")]
    [InlineData("All six of them dead, from the same house.", "0:All six of them 6/6 People")]
    public void Find_CountAfterADayOrBeforeAHarmState_CountsPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("I saw three shot outside the bakery.", "6:three 3/3 People")]
    [InlineData("Two of the bus drivers died, I heard.", "0:Two of the bus drivers 2/2 People")]
    public void Find_ShotAfterAFigureOrPeopleAfterANounOfWhich_CountsPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("I heard three shots outside the bakery.", "")]
    public void Find_ShotsCounted_AreNoPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("On March 14 they shelled the village.", "")]
    [InlineData("On 14 March 2021 they shelled the village.", "")]
    public void Find_DayAfterAMonth_IsNoCount(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("In June more than twenty men from the village were taken.", "8:more than twenty men 21/null People")]
    [InlineData("Since April nine people died in the camp.", "12:nine people 9/9 People")]
    [InlineData("At the end of May two women were wounded.", "18:two women 2/2 People")]
    [InlineData("In 2016 eleven people died on that road.", "8:eleven people 11/11 People")]
    public void Find_CountAfterAMonthOrYearAsAPeriod_CountsPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("Two came home, three did not come back.", "15:three 3/3 People")]
    [InlineData("Of the boys taken at the bridge more than ten are still not found.", "32:more than ten 11/null People")]
    [InlineData("Four never returned from the camp.", "0:Four 4/4 People")]
    [InlineData("Two are still missing.", "0:Two 2/2 People")]
    public void Find_FigureThatNeverCameBack_CountsPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("Three did not come.", "")]
    [InlineData("Two were not hurt.", "")]
    public void Find_FigureThatDidSomethingElseNot_IsNoCount(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("More than thirty, I saw them by the road to Kalemie.", "0:More than thirty 31/null People")]
    [InlineData("Seven, we buried them behind the school.", "0:Seven 7/7 People")]
    public void Find_FigurePutFirstAndTakenUpByThem_CountsPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("Twenty, I saw him near the well.", "")]
    public void Find_FigurePutFirstAndTakenUpByOnePerson_IsNoCount(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("The page wrote eleven martyrs and more than thirty wounded.", "15:eleven martyrs 11/11 People | 34:more than thirty wounded 31/null People")]
    [InlineData("Eleven martyrs and more, the page wrote.", "0:Eleven martyrs and more 11/null People")]
    public void Find_AndMoreThan_OpensTheNextCountNotTheOneBefore(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("Nine dead, I think, or ten.", "0:Nine dead, I think, or ten 9/10 People")]
    [InlineData("Nine dead, I think.", "0:Nine dead 9/9 People")]
    public void Find_SecondFigureAfterAnAside_WidensTheCount(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("They found three in the water near Tumaco.", "11:three 3/3 People")]
    [InlineData("They carried out four under blankets.", "17:four 4/4 People")]
    [InlineData("We went out to look.", "")]
    public void Find_BareNumberAfterFoundOrCarriedOut_CountsPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("In May two children of Deeqa, our neighbour, found an old bomb.", "7:two children of Deeqa, our neighbour 2/2 People")]
    [InlineData("In May two children of Deeqa, our neighbour and my cousin were wounded.", "7:two children of Deeqa, our neighbour and my cousin 4/4 People")]
    public void Find_OwnerDescribedAfterTheGroup_IsNoOneMore(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("They took his sons, Uday and Bilal.", "10:his sons, Uday and Bilal 2/2 People")]
    [InlineData("They took his sons, Uday, Bilal and others.", "10:his sons, Uday, Bilal and others 2/null People")]
    [InlineData("At dusk we marched, me and my girls, Rima and Dana, to the hills.", "20:me and my girls, Rima and Dana 3/3 People")]
    [InlineData("They shot my boys, Tarun and Belal, by the well.", "10:my boys, Tarun and Belal 2/2 People")]
    [InlineData("At dusk we marched, me and my girls, Rima and the others, to the hills.", "20:me and my girls, Rima and the others 2/null People")]
    [InlineData("They walked to the camp with my sisters Rima and Dana.", "29:my sisters Rima and Dana 2/2 People")]
    [InlineData("They shot my brothers Tarek and Nabil by the well.", "10:my brothers Tarek and Nabil 2/2 People")]
    [InlineData("His wife Salma, and her grandsons Yunus and Bilal died there.", "0:His wife Salma, and her grandsons Yunus and Bilal 3/3 People")]
    [InlineData("They shot my brothers Tarek and Nabil and others.", "10:my brothers Tarek and Nabil and others 2/null People")]
    [InlineData("They shot my brothers Tarek Haddad and Nabil Haddad.", "10:my brothers Tarek Haddad and Nabil Haddad 2/2 People")]
    public void Find_NamesAfterKinOfNoNumber_SayHowMany(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("Two brothers, Yemane and Berhane Gidey, students at the university, were killed.", "0:Two brothers, Yemane and Berhane Gidey, students 2/2 People")]
    [InlineData("Two brothers, Yemane and Berhane Gidey, and students from the university were killed.", "0:Two brothers, Yemane and Berhane Gidey, and students 2/null People")]
    public void Find_DescriptionAfterTheNamedOfAGroup_NamesNobodyNew(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("My parents were killed.", "0:My parents 2/2 People")]
    [InlineData("My parents and my brother were killed.", "0:My parents and my brother 3/3 People")]
    [InlineData("My father was killed.", "0:My father 1/1 People")]
    public void Find_KinNounOfTwo_CountsTwo(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("She counted eleven funerals in the quarter over the next two days.", "12:eleven funerals 11/11 People")]
    [InlineData("We dug thirty graves in two days.", "7:thirty graves 30/30 People")]
    [InlineData("In one grave near the market we put them.", "")]
    public void Find_FuneralsAndGraves_CountTheDead(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("They said they killed twenty Rafidha in Baghdad.", "22:twenty Rafidha 20/20 People")]
    [InlineData("They killed two in Aleppo.", "12:two 2/2 People")]
    public void Find_FigureBeforeAPeoplesUnknownName_CountsThem(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("They took the young men they found in the houses, maybe fifteen, to the cars.", "50:maybe fifteen 15/15 People")]
    [InlineData("They burned the houses in the village, maybe fifteen, and left.", "39:maybe fifteen 15/15 Things")]
    public void Find_FigureAfterWhereThePeopleWere_CountsThePeople(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("Four, including my nephew Mohamud, we still do not know where they are.", "0:Four 4/4 People | 16:my nephew Mohamud 1/1 People")]
    [InlineData("Four, five, including my nephew.", "0:Four, five 4/5 People | 22:my nephew 1/1 People")]
    public void Find_FigureWithSomeIncludedAfterIt_CountsPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("I saw dozens choking from the tear gas, old men, a girl.", "6:dozens 24/null People | 49:a girl 1/1 People")]
    [InlineData("I saw two sleeping bags.", "6:two sleeping bags 2/2 Things")]
    public void Find_FigureSeenSuffering_CountsPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("We left on the 9th of March, the four of us women, through the green corridor.", "29:the four of us women 4/4 People")]
    [InlineData("The three of them boys went to Fastiv.", "0:The three of them boys 3/3 People")]
    [InlineData("The four of us went to Fastiv.", "0:The four of us 4/4 People")]
    public void Find_PeopleNounAfterUsOrThem_CountsThePeople(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("Me, Maksym with his bandages, and Halyna Oliinyk, the widow of Stepan.", "0:Me, Maksym with his bandages, and Halyna Oliinyk 3/3 People")]
    [InlineData("Yes, some, a woman with the leg, a young guy with the arm.", "11:a woman with the leg, a young guy 2/2 People")]
    [InlineData("A boy with the buffalo, Maung Kyaw Gyi, ten years, picked one of the bomblets.", "0:A boy with the buffalo, Maung Kyaw Gyi 1/1 People")]
    public void Find_AsideOfWhatAListedPersonBore_KeepsTheList(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("A boy of her neighbours, Sayed Alam, twelve, was hit in the stomach.", "0:A boy 1/1 People")]
    [InlineData("The sons of her neighbours, Sayed and Alam, were hit in the stomach.", "12:her neighbours, Sayed and Alam 2/2 People")]
    public void Find_GroupAfterOnePersonOf_IsWhoseThePersonIs(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("Me, Olena, her mother Nadiia, and her brother Bohdan with his wife.", "0:Me, Olena, her mother Nadiia, and her brother Bohdan with his wife 5/5 People")]
    [InlineData("Me, Olena with her husband, and her brother Bohdan.", "0:Me, Olena with her husband, and her brother Bohdan 4/4 People")]
    public void Find_KinWithAListedPerson_IsOneMore(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("The drivers who came back told us more than thirty, forty drivers and apprentices.", "34:more than thirty, forty drivers 31/null People")]
    [InlineData("More than thirty people were killed.", "0:More than thirty people 31/null People")]
    public void Find_MoreThanAFigureThenAnother_IsMoreThanTheFirst(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("We took out three alive.", "12:three alive 3/3 People")]
    [InlineData("We took out also six alive, one of them a girl.", "17:six alive 6/6 People | 28:one of them 1/1 People | 40:a girl 1/1 People")]
    [InlineData("Yes, seven or eight came out alive, injured.", "5:seven or eight came out alive 7/8 People")]
    public void Find_FigureTakenOutAlive_CountsPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("I heard it, I was two houses away.", "")]
    [InlineData("The rocket fell two streets from him, on the houses.", "")]
    [InlineData("The house of the Abu Amsha family, two houses from my aunt, came down.", "51:my aunt 1/1 People")]
    [InlineData("Our house is two streets away and the windows came in.", "")]
    public void Find_FigureOfHousesOrStreetsApart_IsNoCount(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("Two houses from our street burned.", "0:Two houses 2/2 Things")]
    [InlineData("Three houses were destroyed.", "0:Three houses 3/3 Things")]
    public void Find_FigureOfHousesNotApart_CountsThem(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }
}
