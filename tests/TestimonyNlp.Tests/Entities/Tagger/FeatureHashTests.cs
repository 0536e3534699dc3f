using TestimonyNlp.Entities.Tagger;

namespace TestimonyNlp.Tests.Entities.Tagger;

public sealed class FeatureHashTests
{
    [Fact]
    public void Of_Word_StableFnv1aValue()
    {
        Assert.Equal(0x9b0c1fe167368708UL, FeatureHash.Of("Aleppo"));
    }

    [Fact]
    public void OfLower_MixedCase_EqualsHashOfLowerCase()
    {
        Assert.Equal(0x6186774adc658428UL, FeatureHash.OfLower("AlEPPo"));
    }

    [Fact]
    public void Bucket_TemplateAndValue_StableBucket()
    {
        Assert.Equal(167586, FeatureHash.Bucket(2, FeatureHash.OfLower("Aleppo"), 18));
        Assert.Equal(231554, FeatureHash.Bucket(0, 0, 18));
    }

    [Fact]
    public void Bucket_SameValueOtherTemplate_OtherBucket()
    {
        var value = FeatureHash.Of("Aleppo");

        Assert.NotEqual(FeatureHash.Bucket(1, value, 18), FeatureHash.Bucket(2, value, 18));
    }
}
