using System.Buffers.Binary;
using System.Text;

namespace Dot.Domain.Secrets;

/// <summary>
/// The encryption context of a secret: the tenant it belongs to and what it is for (a connector id). A protector binds
/// it into the envelope (AES-GCM associated data, KMS encryption context), so a secret opens only under the same one.
/// </summary>
public sealed record SecretContext(string TenantId, string Purpose)
{
    /// <summary>The context as associated data: each value UTF-8 with its length first, so no two contexts encode alike.</summary>
    public byte[] ToAssociatedData()
    {
        var tenant = Encoding.UTF8.GetBytes(TenantId);
        var purpose = Encoding.UTF8.GetBytes(Purpose);
        var data = new byte[sizeof(int) + tenant.Length + sizeof(int) + purpose.Length];
        var rest = data.AsSpan();
        foreach (var value in new[] { tenant, purpose })
        {
            BinaryPrimitives.WriteInt32BigEndian(rest, value.Length);
            value.CopyTo(rest[sizeof(int)..]);
            rest = rest[(sizeof(int) + value.Length)..];
        }
        return data;
    }
}
