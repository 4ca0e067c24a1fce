using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KdramaMoments.Web.Data;

/// <summary>Stores a timestamp as UTC and reads it back with <see cref="DateTimeKind.Utc"/>; an unspecified kind is taken as UTC already.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
